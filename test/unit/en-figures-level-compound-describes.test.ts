import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A level hyphened to "level" before the counted noun describes it and is left out of the unit, as other adjectives are
 * (README: adjectives dropped): "sixteen ministerial-level officials" → official (3 of 3 such en gold entries: 583, 628,
 * 630). The words: data/en-figure-words.tsv, modifier. Rows written here, units by hand. Controls: a hyphened prefix that
 * names a kind stays (non-communist party, high-tech zone), and a plain count.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit])

describe('an "X-level" compound describes the counted noun', () => {
  it.each([
    ['Sixteen ministerial-level officials were investigated last year.', [[16, 'official']]],
    ['A total of 10 provincial or ministerial-level officials were probed.', [[10, 'official']]],
    ['Each of the 34 provincial-level regions sent a delegation.', [[34, 'region']]],
    ['The inspection covered 120 county-level hospitals.', [[120, 'hospital']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The eight non-communist parties attended.', [[8, 'non-communist party']]],
    ['The city built two new national high-tech zones.', [[2, 'high-tech zone']]],
    ['He met 25 officials in the city.', [[25, 'official']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
