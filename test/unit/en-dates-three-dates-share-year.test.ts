import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A list of month-day dates joined by ", " and a last "and" shares the year written after the last (on March 1, March 5
 * and March 9, 2019: all three 2019). Round 31 review of 984395d6; dates by hand. Control: a comma before a date not
 * joined by "and" to a dated one lends no year.
 */
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => d.iso)

describe('a list of dates shares the year at its end', () => {
  it.each([
    ['The hearings were held on March 1, March 5 and March 9, 2019.', ['2019-03-01', '2019-03-05', '2019-03-09']],
    ['The talks were held on Dec. 20, Dec. 30 and Jan. 2, 2020.', ['2019-12-20', '2019-12-30', '2020-01-02']],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['On March 1, the members met; he was born on May 9, 1985.', ['--03-01', '1985-05-09']],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})
