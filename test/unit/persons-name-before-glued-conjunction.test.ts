import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// A two-character name before 及 or 与 that joins the next noun phrase, where the given name and the conjunction make a
// word of the segmenter (波及, 普及): the name is the two characters, the conjunction the sentence's (dev 1408
// 政协联络委主任林波及相关政协委员参加调研; dev 1228 银川市委书记崔波及自治区政协领导). Expected by hand.
describe('persons: a conjunction read into the given name\'s word is no part of the name', () => {
  it.each([
    ['贵州印江经开区管委会副主任、政协联络委主任林波及相关政协委员参加调研。', '林波'],
    ['自治区党委常委、银川市委书记崔波及自治区政协领导出席。', '崔波'],
    ['县政协副主席王波及有关部门负责人参加调研。', '王波'],
    ['市政协副主席李普及相关人员陪同。', '李普'],
  ])('%s', (text, name) => {
    const found = names(text)
    expect(found).toContain(name)
    expect(found).not.toContain(name + text[text.indexOf(name) + name.length])
  })

  // Controls: a name before a 及 the segmenter sets apart stays (张涛); a three-character name stays whole before 及 (王晓波及);
  // 和 is no glued character (王平和李明: two names).
  it.each([
    ['市政协主任张涛及相关人员参加。', '张涛'],
    ['市政协副主席王晓波及相关人员参加。', '王晓波'],
    ['市政协委员王平和李明出席。', '王平'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})
