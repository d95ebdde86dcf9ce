import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Machine translation writes 自治区政协 with the level noun "Autonomous Region" and no region's name: "the 13th CPPCC
 * Autonomous Region", "Autonomous Region CPPCC" (en dev 549), and a head after it (the CPPCC Autonomous Region Committee,
 * the autonomous region government). "Autonomous Region" is then a relative level word of provincial level, as "Regional"
 * is: the body of the autonomous region the page is about, named as written (no ordinal); where the page writes no place,
 * as written with region null. Controls: a named autonomous region keeps its own name, a place visited is no body.
 */
const bodies = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])
const orgs = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.org, p.cppccMember])

describe('"Autonomous Region" as a relative level word', () => {
  it.each([
    ['Reporter from Inner Mongolia Daily: On March 24, the 13th CPPCC Autonomous Region held the 4th Chairman’s Meeting.', [['CPPCC Autonomous Region', 'cppcc', '内蒙古自治区']]],
    ['In Hohhot, the 2023 Autonomous Region CPPCC work plan was adopted.', [['Autonomous Region CPPCC', 'cppcc', '内蒙古自治区']]],
    ['Li Hua, chairman of the CPPCC Autonomous Region, visited Nanning in Guangxi.', [['CPPCC Autonomous Region', 'cppcc', '广西壮族自治区']]],
    ['The autonomous region government and the CPPCC Autonomous Region Committee met in Lhasa, Tibet.', [['autonomous region government', 'government', '西藏自治区'], ['CPPCC Autonomous Region Committee', 'cppcc', '西藏自治区']]],
    ['The CPPCC Autonomous Region met.', [['CPPCC Autonomous Region', 'cppcc', null]]],
  ])('%s', (text, want) => expect(bodies(text)).toEqual(want))
  it('the chairman of it is its office holder', () => {
    expect(orgs('In Xinjiang, Zhang Yankun, chairman of the CPPCC Autonomous Region, presided over the meeting.')).toEqual([['Zhang Yankun', 'CPPCC Autonomous Region', true]])
  })
})

describe('controls', () => {
  it.each([
    ['The Ningxia Hui Autonomous Region CPPCC met.', [['Ningxia Hui Autonomous Region CPPCC', 'cppcc', '宁夏回族自治区']]],
    ['He visited the Guangxi Zhuang Autonomous Region. The CPPCC National Committee met.', [['CPPCC National Committee', 'cppcc', '全国']]],
    ['Tourists from the autonomous region visited Lhasa.', []],
  ])('%s', (text, want) => expect(bodies(text)).toEqual(want))
})
