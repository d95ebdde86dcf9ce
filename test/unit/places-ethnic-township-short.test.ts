import { describe, expect, it } from 'vitest'
import { analyzer, expectTownship } from '../helpers.js'

const place = (text: string, name: string) => analyzer.analyze(text).places.find((p) => p.name === name)

// An ethnic township (民族乡: 铜厂彝族乡, 二龙回族乡, 双营子回族乡) is written in local news by its stem and 乡 alone, its
// peoples left out (dev 877 铜厂乡; a 安徽台联 page writes 二龙回族乡 once, then 二龙乡). The short form is made from
// data/peoples.txt for every such township of data/divisions.tsv and kept, as any township's short form, where the
// page names its county. Sentences written for this test; expected values checked against data/divisions.tsv.
describe('places: an ethnic township written with 乡 alone', () => {
  it.each([
    ['调研组深入易门县铜厂乡里士村委会调研。', '铜厂彝族乡', '易门县'],
    ['委员们来到定远县二龙乡,实地查看产业发展。', '二龙回族乡', '定远县'],
    ['在长春市双阳区双营子乡尹家村,委员们视察了农村老旧民居改造。', '双营子回族乡', '双阳区'],
    ['县政协调研组到易门县,深入铜厂乡和小街乡了解烤烟产业。', '铜厂彝族乡', '易门县'],
    // A people written without 族 in the official name (哈萨克, data/peoples.txt): the same short form.
    ['委员们来到伊州区德外里都如克乡,实地查看产业发展。', '德外里都如克哈萨克乡', '伊州区'],
  ])('%s → %s (%s)', expectTownship)

  it.each([
    // No county named: the short form alone is not enough (铜厂乡 is also a 乡 of 金平县).
    ['县政协组织委员赴长哨营乡调研。', '长哨营满族乡'],
    ['调研组深入铜厂乡调研烤烟产业。', '铜厂彝族乡'],
  ])('%s: no %s without its county', (text, name) => {
    expect(place(text, name)).toBeUndefined()
  })

  // Known gap: the segmenter reads 乡里 ("home village") across the township's suffix and the village after it, and
  // a short form is not kept across a word (dev 877: 调研组深入铜厂乡里士村委会, the county named in an earlier sentence).
  it.fails('铜厂乡 before 里士村, its county in an earlier sentence', () => {
    expect(place('3月13日,调研组到易门县调研。调研组深入铜厂乡里士村委会,了解交易市场。', '铜厂彝族乡')?.parent).toBe('易门县')
  })
})

// The short form is kept only where the page writes the township's own county; a county written right before a
// township of that short form that the county does not list (宣汉县大河乡: 宣汉's 大河乡, merged away after 2019 and so
// unlisted) keeps its own township, and a province alone (安徽省二龙乡) is no support. Review of round 15; sentences
// written for this test, expected values checked against data/divisions.tsv.
describe("places: an ethnic township's short form needs its own county", () => {
  it.each([
    ['近日,宣汉县大河乡召开会议。', '大河乡', '宣汉县'],
    ['委员们来到宣汉县大河乡调研脱贫攻坚。', '大河乡', '宣汉县'],
  ])('%s → %s of %s', (text, name, parent) => {
    expect(place(text, name)?.parent).toBe(parent)
    expect(place(text, '大河苗族乡')).toBeUndefined()
  })

  it.each([
    ['安徽省二龙乡召开会议。', '二龙回族乡'],
    ['近日,宣汉县大河乡召开会议。', '大河苗族乡'],
    ['云南省铜厂乡召开会议。', '铜厂彝族乡'],
  ])('%s: no %s', (text, name) => {
    expect(place(text, name)).toBeUndefined()
  })
})
