import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// 党委常委 written without a region before it is a standing member of an institution's own party committee (a
// university's, a college's, a hospital's): one whole title, as 党委委员 and 党委书记 are (README: whole titles as
// written; gold of dev 924 党委委员、副院长 → org the college), never the CPPCC 常委 of the page's 政协. Dev 1414:
// 党委常委、副校长 on a 江苏省政协 visit. Expected by hand.
describe('persons: an institution\'s 党委常委 is no CPPCC standing member', () => {
  it.each([
    ['4月24日上午，江苏省政协副秘书长冯泉一行5人来校调研交流。党委副书记浦黄忠，党委常委、副校长高宏彦等陪同调研。', '高宏彦', ['党委常委', '副校长'], null, false],
    ['市政协副主席王五到南京大学调研，南京大学党委常委、副校长张三陪同。', '张三', ['党委常委', '副校长'], '南京大学', false],
    ['县政协主席李四一行到县人民医院视察，医院党委常委、副院长赵六介绍情况。', '赵六', ['党委常委', '副院长'], '县人民医院', false],
    ['聊城职业技术学院党委常委、副院长刘雪巍陪同。', '刘雪巍', ['党委常委', '副院长'], '聊城职业技术学院', false],
  ])('%s', (text, name, roles, org, member) => {
    const p = person(text, name)
    expect(p?.roles).toEqual(roles)
    expect(p?.org ?? null).toBe(org)
    expect(p?.cppccMember).toBe(member)
  })

  // Controls: a region's party committee written before 常委 keeps it (区党委常委, 自治区党委常委: dev 640, 1228; the 自治区 row made up); a
  // 政协's 常委 stays the 政协's; 镇党委委员 stays 党委委员 (dev 1190).
  it.each([
    ['自治区党委常务副书记庄严，自治区党委常委、自治区常务副主席任维，区党委常委、区政协党组副书记、副主席嘎玛泽登出席。', '嘎玛泽登', ['区党委常委', '党组副书记', '副主席'], '区政协', true],
    ['中共宁夏回族自治区党委常委、统战部部长陈立清出席。', '陈立清', ['自治区党委常委', '部长'], '宁夏回族自治区党委', false],
    ['市政协主席王五，市委常委、统战部部长李四出席。', '李四', ['市委常委', '部长'], '市委', false],
    ['市政协召开常委会议。市政协常委王六发言。', '王六', ['常委'], '市政协', true],
    ['座谈会上，吴泾镇党委委员刘芳介绍情况。', '刘芳', ['党委委员'], '吴泾镇党委', false],
  ])('%s', (text, name, roles, org, member) => {
    const p = person(text, name)
    expect(p?.roles).toEqual(roles)
    expect(p?.org ?? null).toBe(org)
    expect(p?.cppccMember).toBe(member)
  })
})
