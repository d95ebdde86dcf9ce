import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A verb of dismissal before a name takes the titles written between the name and the post word (职务) that closes them;
// the gold gives a dismissed person those titles (dev 937: 免去杨冬生等同志…专门委员会主任职务 → 杨冬生 主任, 四川省政协), and
// the verb names a person as a verb of appointment does (免去赵立新的…: 立新 is no adverb there). Before, the name had no
// title, or was not read. Sentences of our own but the first.
const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

describe('persons: titles taken by a verb of dismissal', () => {
  it.each([
    ['会议表决通过了免去杨冬生等同志政协四川省第十二届委员会专门委员会主任职务的决定。', '杨冬生', '主任', '四川省政协', true],
    ['会议免去赵立新的市政协副秘书长职务。', '赵立新', '副秘书长', '市政协', true],
    ['会议决定:任命刘晓东为市政协副秘书长,免去陈志明同志的市政协提案委员会副主任职务。', '陈志明', '副主任', '市政协提案委员会', true],
    ['常委会决定免去王志刚的县政府副县长职务。', '王志刚', '副县长', '县政府', false],
  ])('%s: %s %s of %s', (text, name, role, org, member) => {
    const p = person(text, name)
    expect(p?.roles).toEqual([role])
    expect(p?.org).toBe(org)
    expect(p?.cppccMember).toBe(member)
  })

  // Controls: no post word closing the titles, or no name after the verb.
  it.each([
    ['会议决定免去张建华的职务。', '张建华'],
  ])('%s: %s has no title', (text, name) => expect(person(text, name)?.roles ?? []).toEqual([]))
  it.each([
    '这项政策免去了群众的后顾之忧。',
    '免去农业税以后，农民负担明显减轻。',
    '免除学杂费的政策惠及全县学生。',
  ])('%s: no person', (text) => expect(analyzer.analyze(text).persons).toEqual([]))
})

// A verb of leaving after the name does the same (dev 784: 毕泗生不再担任省政协秘书长职务; 乔延春、齐乃贵因年龄原因，不再担任
// 省政协副主席职务: a reason set apart by a comma may stand between, and a list shares the titles).
describe('persons: titles ended by a verb of leaving', () => {
  it.each([
    ['毕泗生不再担任省政协秘书长职务。', '毕泗生', '秘书长', '省政协'],
    ['乔延春、齐乃贵因年龄原因,不再担任省政协副主席职务。', '乔延春', '副主席', '省政协'],
    ['乔延春、齐乃贵因年龄原因,不再担任省政协副主席职务。', '齐乃贵', '副主席', '省政协'],
    ['孙立新、孙庆传等同志因年龄和工作变动,不再担任省政协常委职务。', '孙立新', '常委', '省政协'],
    ['会议同意刘建华不再任区政协副主席职务。', '刘建华', '副主席', '区政协'],
  ])('%s: %s %s of %s', (text, name, role, org) => {
    const p = person(text, name)
    expect(p?.roles).toEqual([role])
    expect(p?.org).toBe(org)
    expect(p?.cppccMember).toBe(true)
  })

  // Controls: no post word, or a clause between that is no reason.
  it.each([
    ['王建国不再担任主席一事已有定论。', '王建国'],
    ['李志强说，不再担任市政协副主席职务后仍将关心政协工作。', '李志强'],
  ])('%s: %s has no title', (text, name) => expect(person(text, name)?.roles ?? []).toEqual([]))
})
