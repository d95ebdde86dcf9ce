import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * English slash dates are read in one order per page: day first when any slash date of the page has a first number above
 * 12 (13/03/2019, as British and Commonwealth pages print), else month first and then only on a stamp line (a source in
 * brackets, "Updated …"), as china.org.cn prints it (en dev 361, 365: "(Xinhua 03/02/2001)" is March 2). An ambiguous
 * slash date in a sentence is no date. The first rows are the review's sentences, the others written here.
 */
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => d.iso)

describe('English slash dates: one order per page', () => {
  it.each([
    ['Published 13/03/2019 09:00\n\nThe delegation arrived on 03/02/2019 and left on 12/03/2019.', ['2019-03-13', '2019-02-03', '2019-03-12']],
    ['Updated 25/12/2018\n\nThe members met again on 03/01/2019.', ['2018-12-25', '2019-01-03']],
    ['Posted 21/06/2020\n\nThe hearing of 04/05/2020 was recalled by the members.', ['2020-06-21', '2020-05-04']],
    ['The members visited the school.\n\n(Xinhua 03/02/2001)', ['2001-03-02']],
    ['Updated 04/05/2020\n\nThe members visited the school.', ['2020-04-05']],
    // A first number above 12 before a second that is no month (a phone or file number) says nothing of the order
    // (review of round 13).
    ['Updated: 03/04/2019\nPhone 13/45/2019 was listed.', ['2019-03-04']],
    ['Updated: 05/06/2020\nFile 21/33/2020 was attached.', ['2020-05-06']],
    ['(Xinhua 03/02/2001)\nCase 14/99/2001 was heard.', ['2001-03-02']],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))

  it.each([
    ['He was born on 11/12/1965 in a village of the county.'],
    ['The forum held on 05/06/2018 discussed the river.'],
  ])('an ambiguous slash date in a sentence is no date: %s', (text) => expect(dates(text)).toEqual([]))
})
