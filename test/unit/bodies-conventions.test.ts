import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// The conventions of test/fixtures/dev-pages/README.md, "Conventions beyond GUIDE.md" (issue #14): hand-checked
// expected values by GUIDE.md ("CPPCC committees … and other named public bodies"; relative mentions "are
// resolved to the body they mean in context").

describe('bodies: enterprises are no public bodies', () => {
  it.each([
    ['市政协副主席王明带队走访了绍兴市蓝剑传播有限公司，公司董事长李华介绍了情况。', '绍兴市蓝剑传播有限公司'],
    ['沈阳机床集团总经理赵刚陪同。沈阳市政协委员参加。', '沈阳机床集团'],
    ['调研组走访中国银行南昌分行和江西省农业农村厅。', '中国银行南昌分行'],
    ['杭州英普律师事务所主任律师张伟，杭州市政协委员。', '杭州英普律师事务所'],
  ])('%s: no %s', (text, firm) => {
    expect(names(text)).not.toContain(firm)
    expect(names(text).some((n) => /公司|集团|分行|事务所/.test(n))).toBe(false)
  })

  it.each([
    // A state organ named like a firm stays: the central bank's branches are government.
    ['委员们来到中国人民银行南昌中心支行调研，南昌市政协主席出席。', '中国人民银行南昌中心支行'],
    // Public institutions of kind other stay: hospitals, universities.
    ['委员们视察了商洛市妇幼保健院。', '商洛市妇幼保健院'],
    ['长春中医药大学副校长出席。', '长春中医药大学'],
  ])('%s: %s stays', (text, body) => {
    expect(names(text)).toContain(body)
  })

  it("a person's org still names the firm written with the title", () => {
    expect(person('座谈会上，绍兴市蓝剑传播有限公司董事长李华发言。', '李华')?.org).toBe('绍兴市蓝剑传播有限公司')
  })
})

describe('bodies: a relative word is lifted through a written lower division', () => {
  it.each([
    // The page writes only a county: 省 and 市 are its province and its prefecture.
    ['丰县政协召开常委会议。省科协、市科协负责人出席。', ['江苏省科协', '徐州市科协']],
    // Only a town: 县 is its county, and a person's org follows.
    ['雷家店镇召开会议，县政协副主席卢峰出席，县农业农村局负责人发言。', ['英山县政协', '英山县农业农村局']],
    // The page writes its own county: 市 is lifted from it, 县委 is the county's.
    ['丰县政协召开常委会议。县委书记出席，市政协副主席李四讲话。', ['丰县委', '徐州市政协']],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected))
  })

  it("the person's org is the lifted body", () => {
    expect(person('雷家店镇召开会议，县政协副主席卢峰出席，县农业农村局负责人发言。', '卢峰')?.org).toBe('英山县政协')
  })

  it('a page that writes a place of the word’s level is not lifted: the written place stays', () => {
    const ns = names('丰县政协主席带队赴苏州市考察。市科协负责人介绍情况。')
    expect(ns).not.toContain('徐州市科协')
  })

  it.each([
    // The visitors' county is no home: its 市 is not lifted.
    ['桃源县政协考察团一行来我县考察交流。县政协主席张三陪同。市政协副主席李四参加。', '常德市政协'],
    // The county travelled to is no home either.
    ['县政协主席王五带队赴丰县考察学习。市政协副主席李四参加。', '徐州市政协'],
    // Nor a region the mainland's bodies do not reach (港澳 of 港澳委员).
    ['孔主席高度评价港澳委员热心公益。区政协办公室、区民政局有关负责人参加。', '香港特别行政区政协'],
  ])('%s: no %s', (text, wrong) => {
    expect(names(text)).not.toContain(wrong)
  })
})

describe("bodies: a 政协's general office is folded into its 政协", () => {
  it.each([
    ['宿松县政协主席陈文昌，县政协办公室和县政协人资环委参加。（县政协办）', ['宿松县政协', '宿松县政协人资环委']],
    ['全国政协副主席领衔督办、全国政协办公厅统筹协调。', ['全国政协']],
    ['来源:太湖县政协办公室 作者:查瑶', ['太湖县政协']],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it("the office's director has the 政协 as org", () => {
    expect(person('四川省政协办公厅主任王刚出席。', '王刚')?.org).toBe('四川省政协')
  })

  it("another body's office is not folded: 县政府办公室 stays a body", () => {
    expect(names('三台县政府办公室主任张明出席。')).toContain('三台县政府办公室')
  })
})

describe('bodies: township bodies are public bodies', () => {
  it.each([
    // A relative 镇 resolved to the township the page writes, and 政府 listed after it shares it.
    ['两当县政协主席宋国南到西坡镇调研。他强调，要紧紧围绕镇党委、政府中心工作。', ['西坡镇党委', '西坡镇政府']],
    ['鄂托克前旗政协到昂素镇调研。镇党委、嘎查村“两委”和社区要充分发挥作用。', ['昂素镇党委']],
    ['中山市石岐街道工作室在石岐街道办事处揭牌成立。', ['石岐街道办事处']],
    ['余江县洪湖乡人大主席团召开会议，洪湖乡党委书记出席。', ['洪湖乡人大主席团', '洪湖乡党委']],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected))
  })

  it.each([
    // 党委政府 written as one word is the generic pair (data/not-committees.txt), and 乡镇 names every township.
    ['新安镇召开会议。希望镇党委政府有立足新安的眼界。'],
    ['有关乡镇党委要高度重视。'],
  ])('%s: no body', (text) => {
    expect(names(text)).toEqual([])
  })
})
