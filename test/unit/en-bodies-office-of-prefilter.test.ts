import { describe, expect, it } from 'vitest'
import { OFFICE_HEADS } from '../../src/english/bodies.js'
import { analyzer } from '../helpers.js'

// The Central Committee and 'Office of' patterns run only on a paragraph holding their key words (bodies.ts OFFICE_OF,
// CENTRAL_COMMITTEE), built from the same parts as the patterns: every head word is still found, across any white space,
// and a paragraph without the key words gives nothing. Sentences written by hand.
const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.kind, c.region])

describe('English bodies: the prefilters of the Office of and Central Committee patterns', () => {
  it.each(OFFICE_HEADS)('Poverty Relief %s of\\tthe State Council', (head) => {
    const text = `A delegation of the Poverty Relief ${head.replace(/ /g, '  ')} of\tthe State Council arrived on Monday.`
    expect(bodies(text)).toEqual([[`Poverty Relief ${head} of the State Council`, 'government', '全国']])
  })

  it.each([
    ['The Central  Committee of\tthe CDL held a plenary session.', [['Central Committee of the CDL', 'democratic-party', '全国']]],
    ['The CPC Central\tCommittee met in Beijing.', [['CPC Central Committee', 'party', '全国']]],
  ])('%j', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })

  it.each([
    'The office said the bureau of the county would open a centre of learning.',
    'A committee of the central bank met; the commission for trade and the administration office agreed.',
  ])('without the key words: %s', (text) => {
    expect(bodies(text)).toEqual([])
  })
})
