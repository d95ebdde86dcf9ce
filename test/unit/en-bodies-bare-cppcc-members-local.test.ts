import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Round 31 review point 1: bare "CPPCC members" is the national CPPCC only where the page names no local body, no
// place of its own stands before it, and no relative level word (provincial, municipal, city, county, district, local)
// is just before it. Controls modelled on en dev 478 (Anqing: "CPPCC members from Anqing" names no committee) and 466
// (Dalian: "among CPPCC members respectively"); sentences of our own, truth by hand.
const bodies = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])
const orgs = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.org])

describe('bare "CPPCC members" on a local page is no national committee', () => {
  it.each([
    ['Anqing held a forum. CPPCC members from Anqing visited the park.', []],
    ["In Dalian, the municipal people's congress examined the reports, discussed among CPPCC members respectively.", [["municipal people's congress", 'congress', '大连市']]],
    ['Li Ming, a provincial CPPCC member, spoke.', []],
    ['Li Ming, a local CPPCC member, spoke.', []],
    ['Li Ming, a municipal CPPCC member, spoke.', []],
  ])('%s', (text, want) => expect(bodies(text)).toEqual(want))
  it('the member of a level word gets no national org', () => {
    expect(orgs('Li Ming, a provincial CPPCC member, spoke.')).toEqual([['Li Ming', null]])
    expect(orgs('Li Ming, a local CPPCC member, spoke.')).toEqual([['Li Ming', null]])
  })
})
