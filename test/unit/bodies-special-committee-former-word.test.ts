import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const result = (text: string) => analyzer.analyze(text)
const names = (text: string) => result(text).committees.map((c) => c.name)

// A word of former office written between a 政协 and its special committee (市政协原学习文史委主任): the committee is the
// one named after it, named without the word (dev-pages README: <region>政协 + the special committee as written), and the
// word belongs to the person's title (README: modifiers included, 原主任). Dev 1238; sentences written for the test.
describe('bodies: a special committee after a word of former office', () => {
  it.each([
    ['达州市政协召开座谈会。市政协原学习文史委主任陈其举谈了感悟。', '达州市政协学习文史委', '陈其举', '原主任'],
    ['长沙市政协原提案委员会主任张华出席会议。', '长沙市政协提案委员会', '张华', '原主任'],
    ['江西省政协前文史委副主任刘文出席。', '江西省政协文史委', '刘文', '前副主任'],
    // Controls: a former title of the 政协 itself stays the 政协's, the title whole.
    ['长沙市政协原副主席李明出席。', '长沙市政协', '李明', '原副主席'],
    ['长沙市政协前主席王强出席。', '长沙市政协', '王强', '前主席'],
    // …and a special committee with no such word is untouched.
    ['长沙市政协学习文史委主任陈正富出席。', '长沙市政协学习文史委', '陈正富', '主任'],
  ])('%s → %s, %s %s', (text, name, person, role) => {
    const r = result(text)
    expect(r.committees.map((c) => c.name)).toContain(name)
    const p = r.persons.find((x) => x.name === person)
    expect(p?.roles).toEqual([role])
    expect(p?.org).toBe(name)
  })
  it.each([
    // The special committee's name never keeps the word, nor is another committee made of its tail.
    ['达州市政协召开座谈会。市政协原学习文史委主任陈其举谈了感悟。', '原'],
    ['达州市政协召开座谈会。市政协原学习文史委主任陈其举谈了感悟。', '达州市政协文史委'],
  ])('%s names no committee with %s', (text, part) => {
    expect(names(text).some((n) => n.includes(part))).toBe(false)
  })
})
