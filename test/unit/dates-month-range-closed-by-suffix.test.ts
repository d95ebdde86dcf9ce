import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A range or list of months closed by 份 (4月至6月份, 3月、5月份) makes both months dates, as 1-6月份 does: the suffix
 * of the last month dates the whole range (README: a month with 以来/份 is a date, in the year of the page's date
 * where it prints one). The first month's span is the month with its 月, not the range mark. Checked by hand.
 */
const dates = (text: string) => analyzer.analyze(text).dates.map((d) => [d.text, d.iso])

describe('a range of months closed by 份', () => {
  it.each([
    ['4月至6月份,县政协组织委员开展专项视察。', [['4月', '--04'], ['6月', '--06']]],
    ['9月到11月份,各专委会深入基层调研。', [['9月', '--09'], ['11月', '--11']]],
    ['3月、5月份,委员分两批走访企业。', [['3月', '--03'], ['5月', '--05']]],
    ['发布时间:2021-09-10\n4月至6月份,区政协开展民主监督。', [['2021-09-10', '2021-09-10'], ['4月', '2021-04'], ['6月', '2021-06']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))

  it.each([
    ['4月至6月,县政协开展专项视察。', []], // no suffix, no year: no date (README)
    ['1-6月份,全县完成投资10亿元。', [['1', '--01'], ['6月', '--06']]],
    ['2023年4月至6月份,开展调研。', [['2023年4月', '2023-04'], ['6月', '2023-06']]],
    ['今年4月至6月份,开展调研。', [['今年4月', '--04'], ['6月', '--06']]],
    ['4月份至6月份,开展调研。', [['4月', '--04'], ['6月', '--06']]],
    ['历时3个月至6月份结束。', [['6月', '--06']]], // a duration, no month
  ])('as before: %s', (text, want) => expect(dates(text)).toEqual(want))
})
