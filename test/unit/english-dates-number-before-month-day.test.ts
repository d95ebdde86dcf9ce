import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A number written right before a date in the month-first order ("NO. 6 FEBRUARY 8, 2018", an issue line; "Vol. 3
 * March 5, 2020"): the month takes the day and year after it, not the number before it (Beijing Review's issue line,
 * en dev 621: 2018-02-08, not 6 February). Day-first dates stay as written (19 February 2022, 4th Mar, 2024).
 * Truth by hand, by the English date rules of the dev-pages README.
 */
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => [d.text, d.iso])

describe('English dates: a number before "Month Day, Year"', () => {
  it.each([
    ['Reporting for Duty\nBy Yuan Yuan | NO. 6 FEBRUARY 8, 2018\n\nThe members met in Beijing.', [['FEBRUARY 8, 2018', '2018-02-08']]],
    ['Beijing Review | Vol. 3 March 5, 2020\n\nThe committee met.', [['March 5, 2020', '2020-03-05']]],
    // Controls: day-first dates, with a year or a year after a comma, and a day before a month without a day after it.
    ['The session opened on 19 February 2022 in Beijing.', [['19 February 2022', '2022-02-19']]],
    ['PUBLISHED : Tuesday, 04 March, 2014, 6:19pm\n\nThe members arrived.', [['04 March, 2014', '2014-03-04']]],
    ['The members met on 6 February, 2018 and again later.', [['6 February, 2018', '2018-02-06']]],
    // A count after a day-first date, no year after it: the day stays before the month.
    ['On 5 March 12 members spoke at the meeting.', [['5 March', '--03-05']]],
    ['By 31 December 15 provinces had reported.', [['31 December', '--12-31']]],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual(want)
  })
})
