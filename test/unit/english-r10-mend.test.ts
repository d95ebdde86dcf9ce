import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Hand-checked repros of the round-10 review of English bodies and figures (mend round).
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.org])
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])
const cppcc = (t: string) => committees(t).filter(([, kind]) => kind === 'cppcc')

describe('English "the CPPCC" on a page that names no CPPCC committee: which region', () => {
  it.each([
    // A national leader visiting a region: the local party committee there is not his CPPCC's.
    ['Wang Huning, chairman of the CPPCC, inspected Guangdong from Monday to Wednesday. Huang Kunming, secretary of the CPC Guangdong Provincial Committee, accompanied him.', '全国'],
    ['Wang Huning, chairman of the CPPCC, inspected Guangdong with Huang Kunming, secretary of the CPC Guangdong Provincial Committee.', '全国'],
    // A local body in another sentence than the acronym.
    ['Members of the CPPCC and deputies to the NPC gathered in Beijing. The Beijing municipal government said the sessions went well.', '全国'],
    ['He is a member of the 13th CPPCC. The Shanghai Municipal Government hosted a reception.', '全国'],
    // A region that has no CPPCC committee of its own.
    ['The Hong Kong SAR Government welcomed members of the CPPCC to the city.', '全国'],
    ['The Macao SAR Government welcomed members of the CPPCC to the city.', '全国'],
    // …but a local body in the acronym's sentence on a page about that region (the Hebi survey page).
    ['Li Jun, Chairman of the CPPCC, met officials of the CPC Hebi Municipal Committee.', '鹤壁市'],
  ])('%s', (text, region) => {
    expect(cppcc(text)).toEqual([['CPPCC', 'cppcc', region]])
  })
  it('gives the national chairman the national CPPCC, not a visited region', () => {
    const t = 'Wang Huning, chairman of the CPPCC, inspected Guangdong from Monday to Wednesday. Huang Kunming, secretary of the CPC Guangdong Provincial Committee, accompanied him.'
    expect(persons(t).find(([n]) => n === 'Wang Huning')).toEqual(['Wang Huning', 'CPPCC'])
    expect(analyzer.analyze(t).committees.find((c) => c.name === 'CPPCC')?.region).toBe('全国')
  })
})

describe('English numbers after a population word that are no head-count', () => {
  it.each([
    // The population word describes another noun (density, growth): the number counts no persons.
    ['Population density reached 500 per square kilometer.', []],
    ['Exports rose, and population growth slowed to 0.3 in 2024.', []],
    // A number right after the population word is an age that qualifies it.
    ['About 21 percent of the population over 60 live alone.', [['About 21 percent', 21, '%', 'about']]],
    ['The number of people above 60 will be 243 million.', [['243 million', 243000000, 'person', null]]],
    // Still persons: a population "of" a number, a population that reaches a number.
    ['With a population of over 2.3 million, Linquan is a big county.', [['over 2.3 million', 2300000, 'person', 'more']]],
    ['Its population grew to 5 million in 2020.', [['5 million', 5000000, 'person', null]]],
  ])('%s', (text, want) => {
    expect(figures(text).filter(([, , unit]) => unit !== 'year')).toEqual(want)
  })
})
