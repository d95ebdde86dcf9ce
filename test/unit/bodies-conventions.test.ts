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

  // The region a relative word (as written, e.g. 省政协) was given, or null where it was left unlifted.
  const regionOfWord = (text: string, word: string) => committees(text).find((c) => c.mentions.some((m) => m.text === word))?.region ?? null

  it.each([
    // A township of one name in several counties is no base (大墅镇: 淳安县 and 全椒县; 官渡镇 in nine counties).
    ['县政协副主席袁长青、县政协常委沈道海一行到大墅镇开展座谈会。一行人对大墅镇政协委员园区活动室进行了调研视察。', '县政协', [null]],
    ['县政协副主席王超参加了各组讨论。来自官渡镇的政协委员伍盛国说，我们要当好“四员”。', '县政协', [null]],
    // A place written inside a firm's name is no base (新兴 of 广东新兴铸管有限公司; page 302 is of 阳春).
    ['江城区政协考察团到我市开展了考察交流活动。考察团先后到阳春新钢铁有限责任公司、广东新兴铸管有限公司进行了实地考察，认为市政协发挥了积极作用。', '市政协', [null]],
    // The visitors' county and the host's disagree: the host's region or none, never the visitors'.
    ['桃源县政协主席刘明一行来丰县考察。省政协常委周华陪同。', '省政协', ['江苏省', null]],
    ['桃源县政协考察团来到丰县考察。市政协副主席周华陪同。', '市政协', ['徐州市', null]],
    // A place learnt from is not the page's own.
    ['市政协组织委员学习安吉县"两山"理念经验做法。市政协主席王伟讲话。', '市政协', [null]],
    // Places of two prefectures, or of two provinces: the page does not say which.
    ['丰县、泗洪县政协联合开展调研。市政协副主席刘明参加。', '市政协', [null]],
    ['沛县和桃源县的委员参加。省政协副主席陈光出席。', '省政协', [null]],
    // A birthplace (湖南桃源人) is a person's, not the page's.
    ['张华，男，1965年生，湖南桃源人，现任市政协副主席。', '市政协', [null]],
    // An article that writes no place is not lifted from another article's.
    ['丰县政协召开常委会议，会议审议了有关文件。\n（王洪玉）\n市政协召开会议，市政协副主席李四出席。', '市政协', [null]],
  ])('%s: %s is lifted to one of %j', (text, word, allowed) => {
    expect(allowed).toContain(regionOfWord(text, word))
  })

  it.each([
    // Places that agree on the region are a base: two counties of 徐州市, a county and its town.
    ['丰县、沛县政协联合开展调研。市政协副主席刘明参加。', '市政协', '徐州市'],
    ['丰县政协召开常委会议。省政协副主席陈光出席。', '省政协', '江苏省'],
    // Words near a place that are not those of a firm, a birthplace or learning leave it a base.
    ['丰县人大常委会召开会议。市政协副主席刘明出席。', '市政协', '徐州市'],
    ['丰县政协组织委员学习。市政协副主席刘明出席。', '市政协', '徐州市'],
    ['丰县政协委员走访了华润电力有限公司。市政协副主席刘明出席。', '市政协', '徐州市'],
    // A township of a name several counties share is a base where the page writes one of them (竹溪 … 龙坝镇; page 280).
    ['竹溪新闻网讯 14日，市政协主席师永学一行来我县走访调研。随后，师永学一行深入龙坝镇，查看了产业情况。', '市政协', '十堰市'],
    // The article that writes its place is still lifted where another one writes none.
    ['丰县政协召开常委会议，市科协负责人出席。\n（王洪玉）\n市政协召开会议，市政协副主席李四出席。', '市科协', '徐州市'],
  ])('%s: %s is lifted to %s', (text, word, region) => {
    expect(regionOfWord(text, word)).toBe(region)
  })

  it('a page that writes no place leaves the word as written, region null', () => {
    expect(committees('市政协召开常委会议。')).toMatchObject([{ name: '市政协', region: null }])
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
    // Written as one word too, the committee and the government are the town's (dev-pages README, round 11).
    ['新安镇召开会议。希望镇党委政府有立足新安的眼界。', ['新安镇党委', '新安镇政府']],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected))
  })

  it.each([
    // 党委政府 with no region word before it is the generic pair, and 乡镇 names every township.
    ['委员们围绕党委政府中心工作建言献策。'],
    ['有关乡镇党委要高度重视。'],
    ['乡镇党委政府要高度重视。'],
  ])('%s: no body', (text) => {
    expect(names(text)).toEqual([])
  })
})
