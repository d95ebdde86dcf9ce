import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const orgOf = (text: string, person: string) => analyzer.analyze(text).persons.find((p) => p.name === person)?.org

// A relative word (区政协, 区委) on a page that writes its own county or district only short, in the name of its
// news site or in a phrase of its own development (round 8a): hand-checked truth by the rules of
// test/fixtures/gold/GUIDE.md and test/fixtures/dev-pages/README.md (pages 229, 440, 445).

describe('bodies: the region a page writes only short names its relative bodies', () => {
  it.each([
    // The short form in the name of the site's app, in the credit line.
    ['今天上午，区政协组织部分政协委员察看民心工程。区领导徐向广参加。\n转载注明掌上蓟州\n记者：丁永春', ['蓟州区政协']],
    // …in the names of its news columns and of the site.
    ['您当前位置：网站首页 >> 川汇新闻 >> 川汇政务\n10月24日上午，区政协主席张剑锋带队视察，副区长晋瑞英陪同。', ['川汇区政协']],
    // …in a phrase of its own development; two bodies of the district.
    ['近日，区政协主席袁东华带队到区住房建设和交通局召开座谈会，汇聚推动白云高质量发展强大合力。', ['白云区政协', '白云区住房建设和交通局']],
    // A county: 县 + the short form's 县.
    ['县政协开展视察。县委、县政府高度重视。\n来源：掌上庆元', ['庆元县政协', '庆元县委', '庆元县政府']],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected))
  })

  it('a person’s org takes the same region (区政协主席 → 川汇区政协)', () => {
    const text = '您当前位置：网站首页 >> 川汇新闻\n10月24日上午，区政协主席张剑锋带队视察。'
    expect(orgOf(text, '张剑锋')).toBe('川汇区政协')
  })

  it.each([
    // A region written in full wins over the short form (the site of another district).
    ['朝阳区政协主席率队视察。区政协副主席参加。\n来源：掌上蓟州', '朝阳区政协', '蓟州区政协'],
    // A phrase with no division of the relative word's level: 经济 + 区 is no district; the bare word stays bare.
    ['区政协召开常委会议，推动经济高质量发展。', '区政协', '经济区政协'],
    // Two short forms of two districts: the page does not say which.
    ['区政协召开会议。\n川汇新闻 白云新闻', '区政协', '川汇区政协'],
  ])('%s → %s, not %s', (text, name, wrong) => {
    expect(names(text)).toContain(name)
    expect(names(text)).not.toContain(wrong)
  })
})

describe('bodies: a CPPCC session written with no region is the home region’s committee', () => {
  it.each([
    // A county's page: 政协 + term + session (page 315).
    ['今日上午，参加政协九届一次会议的委员们陆续前来报到，积极为庆元县经济社会发展建言献策。', '庆元县政协'],
    // A city's page: the full title with its term (page 435).
    ['昨日，中国人民政治协商会议第十一届委员会第三次全体会议开幕，共同绘画柳州的美好蓝图。', '柳州市政协'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it.each([
    // The page names its CPPCC committee otherwise: the bare words add none (the 市政协 of 宜春市 is the one).
    ['宜春市政协召开会议，筹备政协五届三次会议。袁州区代表参加。', '袁州区政协'],
    // The national committee with its term.
    ['中国人民政治协商会议第十四届全国委员会第三次会议在北京开幕，福建省委员出席。', '福建省政协'],
  ])('%s: no %s', (text, wrong) => {
    expect(names(text)).not.toContain(wrong)
  })
})
