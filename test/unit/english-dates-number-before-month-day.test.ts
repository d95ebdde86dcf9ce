import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A number written right before a date in the month-first order ("NO. 6 FEBRUARY 8, 2018", an issue line; "Vol. 3
 * March 5, 2020"): the month takes the day and year after it, not the number before it (Beijing Review's issue line,
 * en dev 621: 2018-02-08, not 6 February), and that date is the page's (its year dates the month-days below it). Right
 * after an issue label (No., Issue, Vol., Volume: data/en-figure-words.tsv, label issue) the number is the also
 * where no year follows (Issue 12 March 5: March 5, review of round 27). Elsewhere a number before a month word is its day
 * where no day follows the month (6 February 2018, 4th Mar, 2024). Truth by hand, by the English date rules of the
 * dev-pages README (the rows of en-dates-issue-number-before-date.test.ts folded in here).
 */
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => [d.text, d.iso])

describe('English dates: a number before "Month Day, Year"', () => {
  it.each([
    ['Reporting for Duty\nBy Yuan Yuan | NO. 6 FEBRUARY 8, 2018\n\nThe members met in Beijing.', [['FEBRUARY 8, 2018', '2018-02-08']]],
    ['Reporting for Duty\nBy Yuan Yuan | NO. 6 FEBRUARY 8, 2018\n\nThe session closed on January 30.', [['FEBRUARY 8, 2018', '2018-02-08'], ['January 30', '2018-01-30']]],
    ['Beijing Review | Vol. 3 March 5, 2020\n\nThe committee met.', [['March 5, 2020', '2020-03-05']]],
    ['Vol. 12 March 5, 2019\n\nThe advisors met on March 3.', [['March 5, 2019', '2019-03-05'], ['March 3', '2019-03-03']]],
    ['Issue 3 May 20 2020', [['May 20 2020', '2020-05-20']]],
    // …after an issue label, also without a year.
    ['Issue 12 March 5\nThe CPPCC met.', [['March 5', '--03-05']]],
    ['No. 4 May 20\nThe members met.', [['May 20', '--05-20']]],
    ['Volume 7 June 1\nThe committee met.', [['June 1', '--06-01']]],
    // Controls: day-first dates, with a year or a year after a comma, and a day before a month without a day after it.
    ['The session opened on 19 February 2022 in Beijing.', [['19 February 2022', '2022-02-19']]],
    ['PUBLISHED : Tuesday, 04 March, 2014, 6:19pm\n\nThe members arrived.', [['04 March, 2014', '2014-03-04']]],
    ['The members met on 6 February, 2018 and again later.', [['6 February, 2018', '2018-02-06']]],
    ['The meeting was held on 4th Mar, 2024.', [['4th Mar, 2024', '2024-03-04']]],
    ['Members met on 1-3 March 2021.', [['1', '2021-03-01'], ['3 March 2021', '2021-03-03']]],
    // A count after a day-first date, no year after it: the day stays before the month.
    ['On 5 March 12 members spoke at the meeting.', [['5 March', '--03-05']]],
    ['By 31 December 15 provinces had reported.', [['31 December', '--12-31']]],
    ['The session opened on 5 March and closed a week later.', [['5 March', '--03-05']]],
    // …and a day-first date after an issue label and its number: the label is not right before its day.
    ['Issue 12, 5 March 2019\nThe CPPCC met.', [['5 March 2019', '2019-03-05']]],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual(want)
  })
})
