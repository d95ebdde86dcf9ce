import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A page stamp with a two-digit year first and a clock time after it, as Chinese sites print it on their English pages:
 * "Pub Date:18-03-15 08:26 Source:China Daily" (anhuinews, en dev 394; gold 2018-03-15). Year, month and day stand in
 * the order of a full numeric date (2018-03-15), the year in this century. It is the page's date, so the month-days of
 * the text take its year. Read only in a stamp line (short, no sentence) and before a time. Controls: no time after it,
 * inside a sentence, a number that is no month, a phone number.
 */
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => [d.text, d.iso])

describe('a two-digit year stamp before a time is the page date', () => {
  it.each([
    ['New Leaders Elected to Guide CPPCC\n\nPub Date:18-03-15 08:26 Source:China Daily\n\nWang Yang was elected chairman on March 14.', [['18-03-15', '2018-03-15'], ['March 14', '2018-03-14']]],
    ['Members arrive in Beijing\n\nUpdated: 19-11-02 10:15\n\nThe CPPCC met on October 30.', [['19-11-02', '2019-11-02'], ['October 30', '2019-10-30']]],
    ['Proposals filed\nPub Date:21-01-05 9:40 Source:Xinhua\nMembers met on Jan. 4.', [['21-01-05', '2021-01-05'], ['Jan. 4', '2021-01-04']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['Proposals filed\nPub Date:18-03-15 Source:China Daily\nMembers met on March 4.', [['March 4', '--03-04']]],
    ['The code 18-03-15 08:26 was written in the long report that the committee prepared for the annual session last week, and more.', []],
    ['Proposals filed\nPub Date:18-13-15 08:26\nMembers met on March 4.', [['March 4', '--03-04']]],
    ['Call 86-62-62 08:30 for tickets.\nMembers met on March 4.', [['March 4', '--03-04']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})
