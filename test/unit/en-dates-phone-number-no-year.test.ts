import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Four digits that open a phone number (0551-62-62-62) matched the numeric date pattern and lent the year 551 to the
 * month-days of the page: an iso of three digits, outside the output contract. A numeric date lends its year only where
 * it is one (1900-2100, a month 1-12), as yearLastDates reads a year. Control: a real numeric stamp still does.
 */
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => [d.text, d.iso])

describe('a phone number lends no year', () => {
  it.each([
    ['Call 0551-62-62-62 for tickets. The meeting was held on March 3.', [['March 3', '--03-03']]],
    ['Hotline: 0371-65-88-12\nMembers met on Oct. 9.', [['Oct. 9', '--10-09']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})

describe('control', () => {
  it.each([
    ['Updated: 2019-03-01 10:00\nThe meeting was held on March 3.', [['2019-03-01', '2019-03-01'], ['March 3', '2019-03-03']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})
