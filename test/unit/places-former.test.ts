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
