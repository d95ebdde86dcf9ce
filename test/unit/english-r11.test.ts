import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Hand-checked English sentences for the classes found on the round-11 survey of unannotated English pages (local
// government English portals, machine-translated district news, provincial China Daily channels, jschina, Xinhua).
// Truth by GUIDE.md's "English text" and the dev-pages README: bodies named as written, a relative body on a page that
// writes no place keeps its written name with region null; roles are the titles written next to the name.
const bodies = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('English relative bodies on a page that writes no place', () => {
  it.each([
    // No region to resolve the level word to: the name as written, region null (three survey pages, three sites).
    ['The District CPPCC held its chairmen session on August 12th.', [['District CPPCC', 'cppcc', null]]],
    ['Wang Jinhe, member of the district CPPCC, came to the studio.', [['district CPPCC', 'cppcc', null]]],
    ['Cai Ming, deputy secretary of the county Party Committee, attended the meeting of the county government.', [['county Party Committee', 'party', null], ['county government', 'government', null]]],
    // Where the page writes a place of the level, the relative body is that place's (unchanged).
    ['Shuangliu district of Chengdu held its session. The district CPPCC met on Monday.', [['district CPPCC', 'cppcc', '双流区']]],
    // Not a body: a level word before no body head.
    ['The district officials met on Monday.', []],
  ])('%s', (text, want) => {
    expect(bodies(text)).toEqual(want)
  })
  it.each([
    // The holder's org is that body (org as written; the CPPCC makes the chairman an office holder).
    ['As the chairman of District CPPCC, Wang Yonglei addressed all the attendants.', [['Wang Yonglei', ['chairman'], 'District CPPCC', true]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

describe('English title chains in apposition continued after a comma', () => {
  it.each([
    // ", and TITLE of …" after a complement (two jschina/ourjiangsu survey pages).
    ['Among the leaders were Lou Qinjian, head of the Jiangsu delegation, and secretary of the CPC Jiangsu Provincial Committee.', [['Lou Qinjian', ['head', 'secretary'], 'CPC Jiangsu Provincial Committee', false]]],
    // A lower-case complement before a comma, then the next title.
    ['Wu Zhenglong, deputy head of the delegation, deputy secretary of the CPC Jiangsu Provincial Committee and governor of Jiangsu, spoke.', [['Wu Zhenglong', ['deputy head', 'deputy secretary', 'governor'], 'CPC Jiangsu Provincial Committee', false]]],
    // A describing word before the next title (a newly elected member; page 364's form).
    ['Cui Yuying, chairman of CPPCC Fujian Committee, a newly elected member of the CPPCC National Committee, spoke.', [['Cui Yuying', ['chairman', 'member'], 'CPPCC Fujian Committee', true]]],
    // Not a title: a name after ", and" (a list), a description after the comma.
    ['Li Ming, chairman of the CPPCC Fujian Committee, and Wang Hong attended.', [['Li Ming', ['chairman'], 'CPPCC Fujian Committee', true], ['Wang Hong', [], null, false]]],
    ['Li Ming, head of the delegation, a well-known writer, spoke.', [['Li Ming', ['head'], null, false]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

// Review of round 11: a title through ", and" whose complement ends in a name is that name's, also where the complement
// is no body the chain reads (the committee, a company) or the bare word CPPCC.
describe('English title chains after ", and": a name after the complement takes the title', () => {
  const WANG = 'The meeting was attended by Wang Hong, chairman of the Jiangsu Provincial Committee of the CPPCC, and vice chairman of'
  it.each([
    `${WANG} the committee Li Bin.`,
    `${WANG} the CPPCC Li Bin.`,
    `${WANG} Zhongyi Machinery Li Bin.`,
  ])('%s', (text) => {
    expect(persons(text)[0]).toEqual(['Wang Hong', ['chairman'], 'Jiangsu Provincial Committee of the CPPCC', true])
  })
  // Negative: no name after the complement, the chain goes on.
  it.each([
    `${WANG} the committee.`,
    `${WANG} Zhongyi Machinery.`,
  ])('%s', (text) => {
    expect(persons(text)[0]?.[1]).toEqual(['chairman', 'vice chairman'])
  })
})

const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('English counts with an adverb in -ly and a participle before the noun', () => {
  it.each([
    // The adverb and its participle describe what is counted (Nanfang Daily survey page: 37 newly appointed members).
    ['On February 26, the first batch of 37 newly appointed members arrived in Beijing.', [['37 newly appointed members', 37, 'member', null]]],
    ['More than 500 newly elected political advisers signed up for the session.', [['More than 500 newly elected political advisers', 500, 'political adviser', 'more']]],
    ['The city has 30 newly built schools.', [['30 newly built schools', 30, 'school', null]]],
    // Not a counted noun: the adverb and participle with no noun after them.
    ['He met 12 recently elected.', []],
    ['The 5 recently arrived.', []],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
})

describe('English credit lines: "Reporter/A, B, Correspondent/C, D", "Photo taken by"', () => {
  it.each([
    // Each credit's role for the names of its list; a credit word before a slash is the next name's, no apposition.
    ['Nanfang Daily News (Reporter/Yu Jiamin, Bian Delong, Correspondent/Zhang Jianfeng, Yang Maohua) On February 26, members arrived.', [['Yu Jiamin', ['reporter'], null, false], ['Bian Delong', ['reporter'], null, false], ['Zhang Jianfeng', ['correspondent'], null, false], ['Yang Maohua', ['correspondent'], null, false]]],
    ['Liu Dewang gives a work report. (Photo taken by Liu Xiang)', [['Liu Dewang', [], null, false], ['Liu Xiang', ['photographer'], null, false]]],
    // Not a credit: a title in apposition without a slash.
    ['Zhu Xiaofeng, correspondent of the paper, wrote it.', [['Zhu Xiaofeng', ['correspondent'], null, false]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

describe('English: a name after by/to/with in a title\'s complement is no holder of it (review of round 11)', () => {
  it('head of the delegation invited by Wang Yang: the chain goes on for Li Bin', () => {
    const li = persons('Li Bin, vice chairman of the CPPCC National Committee, and head of the delegation invited by Wang Yang, spoke at the meeting.').find((p) => p[0] === 'Li Bin')
    expect(li?.[1]).toEqual(['vice chairman', 'head'])
  })
})

describe('English: two figures over one currency word (review of round 11)', () => {
  it.each([
    ['In 2019 RMB260 million was raised.', [['RMB260 million', 260000000, '元', null]]],
  ])('%s: the longer one', (text, expected) => {
    expect(figures(text)).toEqual(expected)
  })
})
