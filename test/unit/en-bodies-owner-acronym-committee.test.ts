import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// An owner's committee of an institution written by its acronym (CPC SUIBE Committee, CPC SIG Committee: a university's or
// a group's party committee, en dev 366, 290): a body named as written, the owner's kind; its region the place the page
// spells the acronym out from (Shanghai International Group (SIG) → 上海市), else open. README: party committees; a
// committee whose region the page does not write keeps region null. Sentences written by hand.
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe("an owner's committee written with an institution's acronym", () => {
  it.each([
    ['The meeting was held by the CPC SDNU Committee on Friday.', [['CPC SDNU Committee', 'party', null]]],
    ['The Shanghai International Group (SIG) held a meeting. Yu Beihua, secretary of the CPC SIG Committee, spoke.', [['CPC SIG Committee', 'party', '上海市']]],
    ['Wang Li of the Shanghai University of International Business and Economics (SUIBE) spoke at a meeting of the CPC SUIBE Committee.', [['Shanghai University of International Business and Economics', 'other', '上海市'], ['CPC SUIBE Committee', 'party', '上海市']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  it('gives its secretary the committee as org', () => {
    const p = analyzer.analyze('Mr. Li Gang, secretary of the CPC PKU Committee, spoke.').persons.find((x) => x.name === 'Li Gang')
    expect(p && { roles: p.roles, org: p.org }).toEqual({ roles: ['secretary'], org: 'CPC PKU Committee' })
  })

  // Controls: an acronym that names a body itself or a place is not an institution's; a CPPCC owner has no such committee.
  it.each([
    ['The CPC NPC Committee met.', [['NPC', 'congress', '全国']]],
    ['The CPC TAR Committee met.', [['CPC TAR Committee', 'party', '西藏自治区']]],
    ['The CPPCC SUIBE Committee met.', []],
  ])('control: %s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})
