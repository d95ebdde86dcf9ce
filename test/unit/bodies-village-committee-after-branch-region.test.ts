import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// The double title of a village's heads, 村党支部书记、村委会主任, after the village written with its township (X镇Y村党支部
// 书记、村委会主任): the bare 村委会 is the same village's committee (Y村村委会), and it lies in that township, as its party branch
// does (README: a village committee's region is the township the page places it in; dev 1333 三台村村委会 → 大靖镇, as 130
// 胜龙村委会 → 东升镇, 372 永安村党支部 → 洪水泉乡).
describe('a village committee written bare after the village and its township: that township', () => {
  it.each([
    ['全国人大代表，甘肃省古浪县大靖镇三台村党支部书记、村委会主任李光霞表示。', '三台村村委会', '大靖镇'],
    ['宿城区耿车镇大众村党支部书记、村委会主任刘某某介绍了村里的发展情况。', '大众村村委会', '耿车镇'],
    ['福建省寿宁县下党乡下党村党支部书记、村委会主任王某某参加座谈。', '下党村村委会', '下党乡'],
  ])('%s → %s in %s', (text, name, region) => {
    const r = analyzer.analyze(text)
    expect(r.committees.map((c) => [c.name, c.region])).toContainEqual([name, region])
  })
})

describe('controls: no township written before the village: the page’s home, as before', () => {
  it.each([
    ['易门县政协调研组来到里士村，村委会主任介绍了情况。', '里士村村委会', '易门县'],
    ['古浪县政协委员来到三台村，村党支部书记、村委会主任介绍了村情。', '三台村村委会', '古浪县'],
  ])('%s → %s in %s', (text, name, region) => {
    const r = analyzer.analyze(text)
    expect(r.committees.map((c) => [c.name, c.region])).toContainEqual([name, region])
  })
})

// Round 30 review: the other order names the branch from where the village ends (三台村 + 党支部, not the 三台村村 up to the last
// 村 of 三台村村委会), 兼 joins two titles as 、 does, and a second person's title after the first one's name (李光霞、村委会主任王明)
// is of the same village; a neighbourhood's committee (居委会) after its party branch alike (GUIDE: village and neighbourhood committees).
describe('the other order, 兼, a second person, a neighbourhood', () => {
  it.each([
    ['古浪县大靖镇三台村村委会主任、村党支部书记李光霞', '三台村党支部', '大靖镇'],
    ['古浪县大靖镇三台村党支部书记兼村委会主任李光霞', '三台村村委会', '大靖镇'],
    ['古浪县大靖镇三台村党支部书记李光霞、村委会主任王明', '三台村村委会', '大靖镇'],
    ['宿城区耿车镇大众社区党支部书记、居委会主任刘强', '大众社区居委会', '耿车镇'],
  ])('%s → %s in %s', (text, name, region) => {
    const r = analyzer.analyze(text)
    expect(r.committees.map((c) => [c.name, c.region])).toContainEqual([name, region])
    expect(r.committees.map((c) => c.name)).not.toContain('三台村村党支部')
  })
})
