import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// "last" before a month (last November, last October) is the month of the year before the page's present, as "November
// last year" and 去年11月 are (dev-pages README: --MM where the page writes no year for its present; en dev 566 'last
// October' → 2017-10 on a page of March 2018, 578 'last November' → --11). Not a month
// with a day after it, nor one opening a name. Sentences by hand.
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => [d.text, d.iso])

describe('"last" before a month', () => {
  it.each([
    ['The scandal brought down its chairman Zhu Mingguo last November.', [['last November', '--11']]],
    ['Wang was elected a member of the Standing Committee last October.\n\nXinhua, March 14, 2018', [['last October', '2017-10'], ['March 14, 2018', '2018-03-14']]],
    ['The old plant was closed last December.', [['last December', '--12']]],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected)
  })

  // Controls: a day after the month keeps its own reading; a month opening a name is no date; "last year" forms as before.
  it.each([
    ['The last March 5 meeting was held in Beijing.', [['March 5', '--03-05']]],
    ['The last May Fourth Movement anniversary was marked.', []],
    ['It happened in October last year.', [['October last year', '--10']]],
  ])('%s (control)', (text, expected) => {
    expect(dates(text)).toEqual(expected)
  })
})
