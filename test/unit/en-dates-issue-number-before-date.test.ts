import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A magazine's issue line prints a number before a month-first date ("NO. 6 FEBRUARY 8, 2018", Beijing Review; "Vol. 12
 * March 5, 2019"): the number is the issue's, the date is the month, day and year after it, and that date is the page's
 * (its year dates the month-days below it, en dev 621). A number before a month word is read as its day only where no day
 * follows the month (6 February 2018, 4th Mar, 2024). Rows written here. Controls: day-first dates with and without a
 * year, a day-first range.
 */
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => [d.text, d.iso])

describe('an issue number before a month-first date', () => {
  it.each([
    ['Reporting for Duty\nBy Yuan Yuan | NO. 6 FEBRUARY 8, 2018\n\nThe session closed on January 30.', [['FEBRUARY 8, 2018', '2018-02-08'], ['January 30', '2018-01-30']]],
    ['Vol. 12 March 5, 2019\n\nThe advisors met on March 3.', [['March 5, 2019', '2019-03-05'], ['March 3', '2019-03-03']]],
    ['Issue 3 May 20 2020', [['May 20 2020', '2020-05-20']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})

describe('controls: a number before a month is its day', () => {
  it.each([
    ['The session opened on 6 February 2018 in Beijing.', [['6 February 2018', '2018-02-06']]],
    ['The meeting was held on 4th Mar, 2024.', [['4th Mar, 2024', '2024-03-04']]],
    ['The session opened on 5 March and closed a week later.', [['5 March', '--03-05']]],
    ['Members met on 1-3 March 2021.', [['1', '2021-03-01'], ['3 March 2021', '2021-03-03']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})
