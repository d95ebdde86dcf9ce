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
    // "and" lists need not be in time order ("respectively"): only December then January crosses a year's end.
    ['The two laws took effect on May 9 and March 3, 2019, respectively.', ['2019-05-09', '2019-03-03']],
    ['Delegates arrived on Dec. 2 and Nov. 28, 2019, respectively.', ['2019-12-02', '2019-11-28']],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})
