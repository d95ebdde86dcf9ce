import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const congresses = (text: string) => analyzer.analyze(text).committees.filter((c) => c.kind === 'congress').map((c) => [c.name, c.region])
const members = (text: string) => analyzer.analyze(text).persons.map((p) => [p.name, p.roles.join('+'), p.org, p.cppccMember])

// On a page that names a relative congress (the Municipal NPC, the municipal people's congress) and the national one by no
// fuller name than its acronym, the acronym alone (NPC members) and the head alone (members of the People's Congress)
// are that congress, as the CPPCC alone is the relative CPPCC (en dev 466, 533). Sentences of our own.
describe('English bodies: the congress alone on a page of a relative congress', () => {
  it.each<[string, string[][]]>([
    ['Shenyang Municipal Health Commission met members of the Municipal NPC and CPPCC. NPC members said they would perform their duties.', [['Municipal NPC', '沈阳市']]],
    ['Shenyang Municipal Health Commission met members of the Municipal NPC and CPPCC. Members of the People\'s Congress spoke.', [['Municipal NPC', '沈阳市']]],
    // Named by the relative mention, also where the acronym comes first.
    ['The Dalian mayor heard proposals by representatives of NPC and CPPCC. Wang Li, deputy director of the municipal people\'s congress, spoke.', [["municipal people's congress", '大连市']]],
    // Controls: a page that writes the national congress in full keeps the acronym national.
    ['Shenyang Municipal Health Commission met members of the Municipal NPC. Deputies to the National People\'s Congress and NPC members spoke.', [['Municipal NPC', '沈阳市'], ["National People's Congress", '全国']]],
    // …a page of no relative congress: the acronym is the national one, the head alone no body.
    ['Shenyang Municipal Health Commission met NPC members. Members of the People\'s Congress spoke.', [['NPC', '全国']]],
    // …the head before its region is no head alone: one congress, the city's, named in full.
    ['Members of the Municipal NPC met. Deputies to the People\'s Congress of Hefei spoke.', [["People's Congress of Hefei", '合肥市']]],
  ])('%s', (text, expected) => {
    expect(congresses(text)).toEqual(expected)
  })
})

// A counted list of members of that congress and then of the CPPCC (five members of the People's Congress including A
// and B and seven members of the CPPCC including C): each list takes its own body (en dev 533); "deputies to" a congress
// introduces a list as "members of" does.
describe('English persons: counted lists of congress and CPPCC members', () => {
  it.each<[string, Array<[string, string, string | null, boolean]>]>([
    ['Shenyang Municipal Health Commission met members of the Municipal NPC and CPPCC. At the forum, three members of the People\'s Congress including Zhou Min and Zhang Li and two members of the CPPCC including Li Ping and Huang Fang spoke.',
      [['Zhou Min', 'member', 'Municipal NPC', false], ['Zhang Li', 'member', 'Municipal NPC', false], ['Li Ping', 'member', 'CPPCC', true], ['Huang Fang', 'member', 'CPPCC', true]]],
    ['Shenyang Municipal Health Commission held a forum. Five deputies to the Municipal People\'s Congress including Zhou Min and Zhang Li spoke.',
      [['Zhou Min', 'deputy', "Municipal People's Congress", false], ['Zhang Li', 'deputy', "Municipal People's Congress", false]]],
  ])('%s', (text, expected) => {
    expect(members(text)).toEqual(expected)
  })
})
