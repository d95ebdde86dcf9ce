import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A month of "last year" or "this year" on a page that prints no date of its own (nor one in its top lines) counts from
// the year of the nearest full date written before it, the page's present (en dev 448's gold: a caption's March 3, 2018,
// then "As of October last year" → 2017-10; as the Chinese 今年/去年 take the year the page writes for the present).
// "last March" is March of the year before (as "March last year"; en dev 566, 578); "this month", "last month" stay no
// dates (en gold 458: 'last month' not a date). Truth by hand.
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => [d.text, d.iso])
// A headline and a lead with no date, longer than the top lines where a full date would be the page's year.
const LEAD = 'Eradicating poverty and curbing pollution will be two key goals for the top advisory body\n\nThe chairman of the national committee returned to his seat after his speech at the opening session of the annual meeting in the Great Hall of the People, where members heard reports on the work of the past year and the plans for the coming one, and discussed them in groups.\n\n'

describe('English dates: a month of last year or this year after a full date of the page', () => {
  it.each([
    [LEAD + 'The session opened in Beijing on March 3, 2018. As of October last year, some 30 million people still lived in poverty.', [['March 3, 2018', '2018-03-03'], ['October last year', '2017-10']]],
    [LEAD + 'The session opened in Beijing on March 3, 2018. By the end of February this year, 99 percent had been handled.', [['March 3, 2018', '2018-03-03'], ['February this year', '2018-02']]],
    // No full date before it (or only after it): the month is --MM, as 今年5月 on a page with no present year (round 22c,
    // dev-pages README; en dev 329); relative months without a number are none.
    [LEAD + 'By the end of February this year, 99 percent had been handled.', [['February this year', '--02']]],
    [LEAD + 'As of October last year, some 30 million people still lived in poverty, the report of March 3, 2018 said.', [['October last year', '--10'], ['March 3, 2018', '2018-03-03']]],
    [LEAD + 'The session opened on March 3, 2018. It had been held last March, and last month the committee met; this month it meets again.', [['March 3, 2018', '2018-03-03'], ['last March', '2017-03']]],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual(want)
  })
})
