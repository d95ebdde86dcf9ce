import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A month of "this year" or "last year" (the English 今年/去年) on a page that writes no year for the present is still a
// date, --MM, as the dev-pages README has it for 今年5月 ("where the page writes none the date stays --MM": zh 355, 428,
// 744; en dev 329's gold 'March last year' → --03). Where the page prints its year (an article date, a full date before
// it) the year is read from it as before. Truth by hand.
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => [d.text, d.iso])
// A headline and a lead with no date, longer than the top lines where a full date would be the page's year.
const LEAD = 'Political advisers sharpen their proposals\n\nMembers of the national committee met in groups to talk over the reports of the past year and the plans for the coming one, and many of them said the advisory body had grown into a think tank for the country.\n\n'

describe('English dates: a month of this year or last year with no present year on the page', () => {
  it.each([
    [LEAD + 'Since March last year, the committee has received more than 4,000 proposals.', [['March last year', '--03']]],
    [LEAD + 'He joined the Communist Party of China in November last year.', [['November last year', '--11']]],
    [LEAD + 'By the end of February this year, 99 percent of the proposals had been handled.', [['February this year', '--02']]],
    // A year of a past event with no month is no present year: the month stays --MM.
    [LEAD + 'He paid US$24 million in taxes in 2001 and became a deputy in June this year.', [['June this year', '--06']]],
    // With a full date before it, the year comes from that date (as before).
    [LEAD + 'The session opened on March 3, 2018. As of October last year, 30 million people lived in poverty.', [['March 3, 2018', '2018-03-03'], ['October last year', '2017-10']]],
    // "last March" is March last year (en dev 566, 578); relative months without a month word, and a month word alone,
    // are no dates.
    [LEAD + 'The committee met last March, and last month it met again; this month it meets in Beijing.', [['last March', '--03']]],
    [LEAD + 'In March the committee met again.', []],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual(want)
  })
})
