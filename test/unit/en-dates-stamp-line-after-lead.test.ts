import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A page-date line printed after the headline and a long lead ("CGTNUpdated: February 11, 2018" on en dev 506) is the
// page's date: a "March last year" of the lead before it counts from it, as the same words after it do (dev-pages README:
// the year of 去年 from the page's own date; en 506 gold 'March last year' → 2017-03, written twice). Sentences by hand.
// Controls: a long lead with no date line keeps --MM; a date inside a sentence further down is no page date.
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => [d.text, d.iso])
const HEAD = 'China\'s central authorities handled 11,136 suggestions and proposals in 2017\n\nPolitics\n'
const LEAD = 'Statistics show that the State Council has handled 7,471 suggestions made by legislators and 3,665 proposals from political advisers since the annual sessions of the two bodies in March last year, accounting for nearly 90 percent of the total.\n\n'

describe('a page-date line after the lead dates the lead', () => {
  it.each([
    [HEAD + LEAD + 'CGTNUpdated: February 11, 2018\n\nThe sessions are only one month away.', [['March last year', '2017-03'], ['February 11, 2018', '2018-02-11']]],
    [HEAD + LEAD + 'Updated: 2019-03-02 16:55\n\nThe sessions open on Sunday.', [['March last year', '2018-03'], ['2019-03-02', '2019-03-02']]],
    [HEAD + LEAD + 'Source: Xinhua | March 4, 2020\n\nThe sessions open on Thursday.', [['March last year', '2019-03'], ['March 4, 2020', '2020-03-04']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    [HEAD + LEAD + 'The sessions are only one month away.', [['March last year', '--03']]],
    [HEAD + LEAD + 'The sessions are only one month away, and members have been preparing for them since they met in the capital on March 4, 2016, when the plan was passed.', [['March last year', '--03'], ['March 4, 2016', '2016-03-04']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})
