import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A closed-class English name (data/en-bodies.tsv) after a foreign country, capital or demonym (Ghana's Ministry of Health),
 * or before "in"/"of" and one (Northeastern University in Boston), names a foreign namesake, not the Chinese body: no
 * committee. The review's sentences first, then rows written here; the Chinese bodies stay.
 */
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('foreign namesakes of closed-class English bodies', () => {
  it.each([
    ["Officials of Ghana's Ministry of Health visited the hospital.", []],
    ['He studied at Northeastern University in Boston before returning.', []],
    ['She taught at Soochow University in Taipei for ten years.', []],
    ['The Kenyan Ministry of Education signed the agreement.', []],
    ['A delegation from the Ministry of Culture of Peru arrived.', []],
    ['He graduated from Southwest University in Chicago.', []],
  ])('%s', (text, want) => expect(committees(text)).toEqual(want))

  it.each([
    ["China's Ministry of Health replied to the proposal.", [['Ministry of Health', 'government', '全国']]],
    ['He studied at Northeastern University in Shenyang.', [['Northeastern University', 'other', '沈阳市']]],
    ['Soochow University hosted the forum.', [['Soochow University', 'other', '苏州市']]],
  ])('the Chinese body stays: %s', (text, want) => expect(committees(text)).toEqual(want))

  it('Ministry of Agriculture and Rural Development is no name of the ministry (it is "…and Rural Affairs")', () => {
    expect(committees('Vietnam’s Ministry of Agriculture and Rural Development met the delegation.').map((c) => c[0])).not.toContain('Ministry of Agriculture and Rural Development')
  })
})
