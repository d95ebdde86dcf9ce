import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Two month-day dates that share the year written after the second, by "and" or by a range word, across a year's end:
 * the first is in the year before (held on Dec. 30 and Jan. 2, 2020: 2019-12-30; Dec. 28 to Jan. 3, 2020: 2019-12-28).
 * Round 31 review of 984395d6; dates by hand. Controls: the months in order keep the year written.
 */
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => d.iso)

describe('a pair across the year end', () => {
  it.each([
    ['The meetings were held on Dec. 30 and Jan. 2, 2020.', ['2019-12-30', '2020-01-02']],
    ['The exhibition runs from Dec. 28 to Jan. 3, 2020.', ['2019-12-28', '2020-01-03']],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The forum was held on Feb. 28 and March 1, 2024.', ['2024-02-28', '2024-03-01']],
    ['The exhibition runs from Nov. 28 to Dec. 3, 2020.', ['2020-11-28', '2020-12-03']],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})
