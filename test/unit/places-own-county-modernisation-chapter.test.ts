import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// County and district pages of 2023–2025 close with 谱写中国式现代化X新篇章 (or X篇章), and write their slogans as
// 更高水平平安X建设, 法治X建设 unquoted: the county's short form then is the page's only place, and its relative bodies
// (区政协, 区委, 区人民法院) take it as their home (data/own-region-phrases.tsv: before 中国式现代化, after 篇章 and 建设;
// round 28, dev 1264 成华, 1268 老边). Same guards as every development phrase: a body of the county's level on the
// page, no other division of that suffix, the short form framed on both sides.
describe('a county named short in 中国式现代化X新篇章 or a slogan X建设', () => {
  it.each([
    ['10月23日，区政协召开常委会议。会议要求聚焦区委重大部署，为谱写中国式现代化成华新篇章汇聚更多智慧与力量。', '成华区'],
    ['县政协召开主席会议，强调要奋力谱写中国式现代化桐庐篇章。', '桐庐县'],
    ['区政协组织委员视察区人民法院，推进更高水平平安老边建设。', '老边区'],
    ['区政协召开座谈会，委员们围绕法治陈仓建设建言献策。', '陈仓区'],
  ])('%s → %s', (text, place) => {
    expect(analyzer.analyze(text).places.map((p) => p.name)).toContain(place)
  })

  it.each([
    ['区政协召开常委会议。区政协主席周万生主持。会议强调为谱写中国式现代化成华新篇章贡献力量。', ['成华区政协']],
    ['区政协组织委员视察区人民法院，推进更高水平平安老边建设。', ['老边区政协', '老边区人民法院']],
  ])('%s: relative bodies → %j', (text, names) => {
    const got = analyzer.analyze(text).committees.map((c) => c.name)
    for (const n of names) expect(got).toContain(n)
  })
})

describe('no county from 篇章 or 建设 where the phrase does not frame one', () => {
  it.each([
    // no body of the county's level on the page: the phrase alone is no evidence
    ['专家认为，要谱写中国式现代化成华新篇章。', '成华区'],
    // the page names another district in full
    ['区政协主席带队到锦江区调研，为谱写中国式现代化成华新篇章贡献力量。', '成华区'],
    // framed on one side only: 建设 after an ordinary word, no before word or slogan word
    ['区政协委员说，老边建设了很多项目。', '老边区'],
  ])('%s: no %s', (text, place) => {
    expect(analyzer.analyze(text).places.map((p) => p.name)).not.toContain(place)
  })

  // No county at all where the framed words are no county's short form (round 28 review: no made-up names asserted absent).
  it.each([
    // slogan words before ordinary nouns (美丽乡村建设, 生态文明建设) name no county
    ['县政协视察美丽乡村建设和生态文明建设。', []],
    // a province's short form is no county's (中国式现代化四川新篇章 on a 县 page): the province only
    ['县政协召开常委会议，奋力谱写中国式现代化四川新篇章。', ['四川省']],
  ])('%s: no place of level county, places %j', (text, places) => {
    const found = analyzer.analyze(text).places
    expect(found.filter((p) => p.level === 'county').map((p) => p.name)).toEqual([])
    expect(found.map((p) => p.name)).toEqual(places)
  })
})
