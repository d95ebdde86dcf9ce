import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A title repeated after the name as a form of address (何维副主席) is the title the text gave with its body before
// (中国农工民主党中央专职副主席何维): org stays that body, and a page that also names a 政协 does not make the person
// its office holder (README: org is the body of the role the text gives; cppccMember only for a 政协's titles).
// Expected by hand.
describe('persons: a form of address repeating a written title keeps its body', () => {
  it.each([
    ['中国农工民主党中央专职副主席何维作专题发言。全国政协相关部门负责同志出席会议。\n何维副主席代表党派中央发言。', '何维', '中国农工民主党中央', false],
    ['九三学社中央副主席丛斌作专题发言。全国政协相关部门负责同志出席会议。\n丛斌副主席说，要加强基层卫生建设。', '丛斌', '九三学社中央', false],
    ['市政协召开座谈会。市工商联主席王红出席会议。\n王红主席表示，将积极配合。', '王红', '市工商联', false],
    ['全国政协召开座谈会。民进中央副主席何志敏出席。\n何志敏副主席介绍了调研情况。', '何志敏', '民进中央', false],
  ])('%s', (text, name, org, member) => {
    const p = person(text, name)
    expect(p?.org).toBe(org)
    expect(p?.cppccMember).toBe(member)
  })

  // Controls: a 政协 title written first stays; a title of address the person never held before (张明委员 after
  // 县工商联主席张明) is a further role, the 政协's, whose body the org then is (the first CPPCC role's).
  it.each([
    ['县政协副主席李强出席。\n李强副主席指出，要抓好落实。', '李强', '县政协', true],
    ['县政协召开会议。县工商联主席张明出席。\n张明委员说，要加强监管。', '张明', '县政协', true],
  ])('%s', (text, name, org, member) => {
    const p = person(text, name)
    expect(p?.org).toBe(org)
    expect(p?.cppccMember).toBe(member)
  })
})
