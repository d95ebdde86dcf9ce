import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * English page stamps with the year last: slashes, month first where both numbers could be a month (03/02/2001 is March 2,
 * as English pages print it), and a day, a month word and a year joined by hyphens (13-Mar-2019, CGTN). They are dates and
 * lend their year to dates written without one. Class seen on en dev 361 and 365 (china.org.cn, "(Xinhua 03/02/2001)")
 * and 369 (CGTN, "Updated 16:51, 13-Mar-2019"). The first rows are those pages' lines, the others written here.
 */
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => d.iso)

describe('English page stamps with the year last', () => {
  it.each([
    ['More than 2,000 members of the CPPCC National Committee have arrived in Beijing.\n\n(Xinhua 03/02/2001)', ['2001-03-02']],
    ["What's a CPPCC member's day like during the Two Sessions?\nUpdated 16:51, 13-Mar-2019\nDong Xue\n\nThe member spoke to reporters.", ['2019-03-13']],
    ['The session opened on March 3 in Beijing, attended by the members.\n\n(People’ s Daily 03/03/2001)', ['2001-03-03', '2001-03-03']],
    ['Updated 09:12, 02-Nov-2023\n\nThe members visited the county on October 30.', ['2023-11-02', '2023-10-30']],
    ['The committee met in Shanghai.\n\n(China Daily 11/04/2022)', ['2022-11-04']],
    ['The report was released on 03-15-2007 by the committee.', ['2007-03-15']],
    // Round 16: hyphens whose numbers could both be a month, in a stamp line (en dev 454, CCTV), month first as slashes.
    ['"Special CPC membership dues" for quake relief\n\nSource: Xinhua | 06-12-2008 21:00\n\nThe members donated on Wednesday.', ['2008-06-12']],
    ['Members visit the county\n\nSource: CCTV | 04-05-2010 09:30\n\nThe team arrived on April 3.', ['2010-04-05', '2010-04-03']],
    // Round 17: the year first, a month word and the day (China Daily's Hangzhou edition, en dev 465).
    ['5th Session of 9th CPPCC Hangzhou Committee begins\n\n2011-January-26 16:38:54\n\nThe session opened on Jan 22, 2011. Members met on Jan 24.', ['2011-01-26', '2011-01-22', '2011-01-24']],
    ['Members visit the county\n\n2020-Feb-3 09:00\n\nThe team arrived on Feb 1.', ['2020-02-03', '2020-02-01']],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))

  it('hyphens where both numbers could be a month stay unread; a stamp needs its year', () => {
    expect(dates('The file numbered 03-02-2001 was read by the members.')).toEqual([])
    expect(dates('A score of 13-Mar was recorded by the members.')).toEqual([])
    expect(dates('The plan 2011-March was adopted by the members.')).toEqual([])
    // A page that writes a day first with hyphens (20-05-2019) reads no stamp month first: 05-06-2019 stays unread.
    expect(dates('Members visit the county\n\nSource: Daily | 05-06-2019\n\nThe report of 20-05-2019 was read.')).toEqual(['2019-05-20'])
  })
})
