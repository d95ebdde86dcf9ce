import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A range of months opened by a relative year (今年4月至6月, 去年10月至12月) dates both months, as one opened by a written
 * year does (2024年5月至7月 → 2024-05, 2024-07; README: the end takes the month and year written at the start). On a page
 * that prints no date the year of 今年 is unknown, yet the end month is still the same year's: --04 and --06, not the
 * start alone. Checked by hand.
 */
const dates = (text: string) => analyzer.analyze(text).dates.map((d) => [d.text, d.iso])

describe('a range of months after 今年 or 去年', () => {
  it.each([
    ['县政协在今年4月至6月开展了为期两个月的专项民主监督。', [['今年4月', '--04'], ['6月', '--06']]],
    ['去年10月至12月,委员们深入企业走访。', [['去年10月', '--10'], ['12月', '--12']]],
    ['今年4月到5月,调研组深入各乡镇。', [['今年4月', '--04'], ['5月', '--05']]],
    ['发布时间:2024-03-06\n县政协在今年4月至6月开展专项民主监督。', [['2024-03-06', '2024-03-06'], ['今年4月', '2024-04'], ['6月', '2024-06']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))

  it.each([
    // A month range with no year word is no date (README; dev 353 3月至5月, 604 7月至10月底).
    ['3月至5月,委员们深入基层开展调研。', []],
    ['2024年4月至6月,市政协开展专项视察。', [['2024年4月', '2024-04'], ['6月', '2024-06']]],
    // A relative month alone, and a month after a full stop, are not carried.
    ['今年4月,县政协召开常委会议。6月,委员们视察。', [['今年4月', '--04']]],
  ])('as before: %s', (text, want) => expect(dates(text)).toEqual(want))
})
