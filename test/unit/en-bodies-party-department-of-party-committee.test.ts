import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A party department "of the Party committee" with no level (a university's: en dev 359 "director of the United Front
// Department of the Party committee"): a party body named as written with its "of" part; its region a regional party
// committee written before it, else open (README: a committee whose region the page does not write keeps region null),
// not a national body written before it. Sentences written by hand.
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('a party department of the Party committee', () => {
  it.each([
    ['Li Yeping, member of the CPPCC National Committee, spoke. The report was chaired by Jia Haining, director of the United Front Department of the Party committee.', [['CPPCC National Committee', 'cppcc', '全国'], ['United Front Department of the Party committee', 'party', null]]],
    ['Wang Hong, head of the Organization Department of the Party committee, attended.', [['Organization Department of the Party committee', 'party', null]]],
    ['The CPC Huadu District Committee met. Wang Hong, head of the Organization Department of the Party committee, attended.', [['CPC Huadu District Committee', 'party', '花都区'], ['Organization Department of the Party committee', 'party', '花都区']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  it('gives its director the department as org', () => {
    const p = analyzer.analyze('The report was chaired by Jia Haining, director of the United Front Department of the Party committee.').persons.find((x) => x.name === 'Jia Haining')
    expect(p?.org).toBe('United Front Department of the Party committee')
  })

  // Controls: the department of a named committee keeps that committee's name.
  it.each([
    ['Wang Hong, head of the Organization Department of the CPC Central Committee, attended.', [['Organization Department of the CPC Central Committee', 'party', '全国']]],
  ])('control: %s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})
