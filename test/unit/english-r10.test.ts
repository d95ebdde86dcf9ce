import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Hand-checked English sentences for the classes found on the round-10 survey of unannotated English pages (Xinhua,
// People's Daily Online, China Daily, CPPCC site, local English portals). Truth by GUIDE.md's "English text" and the
// dev-pages README: the counted noun in the singular, describing words left out, words that name the thing kept.
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('English counted nouns after a describing word that compromise reads as no adjective', () => {
  it.each([
    // An -ing word before the noun names it (34 participating groups: page 316's convention; training courses).
    ['Members from 34 participating groups attended.', [['34 participating groups', 34, 'participating group', null]]],
    ['Sixty-eight proposals came from individual members of 34 participating groups.', [['Sixty-eight proposals', 68, 'proposal', null], ['34 participating groups', 34, 'participating group', null]]],
    ['The city held 20 training courses last year.', [['20 training courses', 20, 'training course', null]]],
    // An adverb in -ly describes (left out); a noun's ending read as a verb names (discussion panels).
    ['Chinese political advisors hosted 21 biweekly consultation symposiums in 2014.', [['21 biweekly consultation symposiums', 21, 'consultation symposium', null]]],
    ['He was invited to three biweekly discussion panels on vehicle emission control.', [['three biweekly discussion panels', 3, 'discussion panel', null]]],
    ['Officials held 12 monthly meetings.', [['12 monthly meetings', 12, 'meeting', null]]],
    // A modifier of the data written as a plural (grassroots) describes; "leading" describes.
    ['The mechanism involved 47 grassroots inspection tours led by vice-chairpersons.', [['47 grassroots inspection tours', 47, 'inspection tour', null]]],
    ['Three leading comrades spoke, and 5 leading officials came.', [['Three leading comrades', 3, 'comrade', null], ['5 leading officials', 5, 'official', null]]],
    // Not a counted noun: an -ing verb after a number with no noun after it, an adverb before an adjective.
    ['The 5 attending the meeting were members.', []],
    ['It has 3 really big problems.', []],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
})

describe('English numbers without a noun after a population word', () => {
  it.each([
    // A population earlier in the clause: the number counts persons (seen on three survey pages; pages 265, 312's convention).
    ['With a population of over 2.3 million according to the hukou, Linquan is a big county.', [['over 2.3 million', 2300000, 'person', 'more']]],
    ['Nearby Fuyang, which has a population of over 10 million, is famous.', [['over 10 million', 10000000, 'person', 'more']]],
    // "exceed" before the number: more, as 超 (en-figures-exceed-and-within)
    ['In 2013, the population aged over 60 in China will exceed 200 million.', [['over 60', 60, 'year', 'more'], ['exceed 200 million', 200000000, 'person', 'more']]],
    ['By then, the number of people above 60 years old will be 243 million.', [['above 60 years', 60, 'year', 'more'], ['243 million', 243000000, 'person', null]]],
    ['Its population hit 1.3 billion in 2005.', [['1.3 billion', 1300000000, 'person', null]]],
    // Not persons: a number with its own unit or noun, a population in another clause (after a comma).
    ['The aging population grew 3 percent and the fund reached 200 million yuan.', [['3 percent', 3, '%', null], ['200 million yuan', 200000000, '元', null]]],
    ['The population of the city is growing, and 5 million were spent.', [['5 million', 5000000, null, null]]],
    ['A population of 6,900 villagers lives there.', [['6,900 villagers', 6900, 'villager', null]]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
})

const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('English "top political advisor" before a name', () => {
  it.each([
    // The CPPCC chairman's epithet: a description (no title, as page 332), but a CPPCC member (two survey pages).
    ['Top political advisor Yu Zhengsheng presided over the meeting on Sunday.', [['Yu Zhengsheng', [], null, true]]],
    ["China's top political advisor Wang Yang urged efforts.", [['Wang Yang', [], null, true]]],
    // …with a title after the name, that title and its body.
    ["China's top political advisor Wang Yang, chairman of the CPPCC National Committee, spoke.", [['Wang Yang', ['chairman'], 'CPPCC National Committee', true]]],
    // Not a CPPCC member: "top" before a title that alone makes none.
    ["China's top legislator Zhao Leji spoke.", [['Zhao Leji', [], null, false]]],
    ['Top official Li Ming spoke.', [['Li Ming', [], null, false]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('English pages that write the CPPCC only as an acronym', () => {
  it.each([
    // "the CPPCC" as a body on a page that names no CPPCC committee (page 239's convention; four survey pages).
    ['In about 10 minutes time, the CPPCC will wrap up its annual session.', [['CPPCC', 'cppcc', '全国']]],
    ['Zheng Xianglong, chairman of the CPPCC, visited Niwan Village.', [['CPPCC', 'cppcc', '全国']]],
    ['Members of the 12th CPPCC met on Monday.', [['CPPCC', 'cppcc', '全国']]],
    // …of the region of the page's local party committee.
    ['Li Jun, Chairman of the CPPCC, met officials of the CPC Hebi Municipal Committee.', [['CPPCC', 'cppcc', '鹤壁市'], ['CPC Hebi Municipal Committee', 'party', '鹤壁市']]],
    // Not a body of its own: a possessive, the acronym without "the", a page that names its CPPCC committee.
    ['It is one of 34 groups in the CPPCC’s national committee.', []],
    ['333 CPPCC members attended the meeting.', []],
    ['Wang Gang, director of the CPPCC Office, said it. He wrote for the CPPCC Daily.', []],
    ['Wang Yang, chairman of the CPPCC National Committee, said the CPPCC would help.', [['CPPCC National Committee', 'cppcc', '全国']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
  it('gives a title of the CPPCC its body', () => {
    expect(persons('Zheng Xianglong, chairman of the CPPCC, visited Niwan Village.')).toEqual([['Zheng Xianglong', ['chairman'], 'CPPCC', true]])
  })
})
