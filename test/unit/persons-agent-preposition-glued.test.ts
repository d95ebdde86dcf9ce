import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)
const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// 受/由/请 + name + title (受屈谦主委委托, 由李强主席主持): the segmenter glues the preposition to the surname, into a word it
// knows (受屈/v, 由李强/nr) or not; the person is named after the preposition, with the title written after the name
// (data/function-words.tsv, glued-agent; dev 1088). Expected by hand.
describe('persons: a preposition of agency glued to the surname before a title', () => {
  it.each([
    ['九三学社重庆市委专职副主委黄华受屈谦主委委托，对南川区基层委员会提出三点要求。', '屈谦', '主委'],
    ['会议由李强主席主持。', '李强', '主席'],
    ['受宋蓉主任委托，张华作工作报告。', '宋蓉', '主任'],
    ['经王涛副主席同意，活动如期举行。', '王涛', '副主席'],
  ])('%s → %s', (text, name, role) => {
    const p = person(text, name)
    expect(p?.roles).toContain(role)
    expect(names(text).some((n) => n.length > name.length && n.endsWith(name))).toBe(false)
  })

  // Controls: no title after the glued word, or a word of the preposition and a character no surname (受邀, 由衷, 当时):
  // the segmenter's word stands, no name.
  it.each([
    ['贺龙元帅当时也为程先生写去一信。', '时也'],
    ['书中的描写或许就是受玉峰茶的启发。', '玉峰茶'],
    ['受邀委员参加了座谈。', '邀委'],
    ['由衷感谢主席的关心。', '衷感'],
    ['他受屈多年，终于平反。', '屈多'],
  ])('%s: no %s', (text, bad) => {
    expect(names(text)).not.toContain(bad)
  })
})
