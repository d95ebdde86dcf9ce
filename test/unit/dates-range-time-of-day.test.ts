import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A range of days whose first day is followed by a time of day or a clock time (3月5日上午至7日中午, 27日下午至28日上午,
 * 5日上午9时至6日下午) gives both days, as 5月5日至7日 does (README: a range of days gives its start and its end, the end
 * taking the month and year written at the start). Checked by hand.
 */
const dates = (text: string) => analyzer.analyze(text).dates.map((d) => [d.text, d.iso])

describe('a range of days with a time of day after its first day', () => {
  it.each([
    ['会议于3月5日上午至7日中午召开。', [['3月5日', '--03-05'], ['7日', '--03-07']]],
    ['2024年12月27日下午至28日上午,我县分别组织代表和委员进行观摩。', [['2024年12月27日', '2024-12-27'], ['28日', '2024-12-28']]],
    ['2023年3月5日上午9时至6日下午,县政协召开全会。', [['2023年3月5日', '2023-03-05'], ['6日', '2023-03-06']]],
    ['6月13日晚至14日,委员们分组讨论。', [['6月13日', '--06-13'], ['14日', '--06-14']]],
    ['2022年11月28日下午至12月1日,委员视察。', [['2022年11月28日', '2022-11-28'], ['12月1日', '2022-12-01']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))

  it.each([
    ['3月5日上午9时至12时,县政协召开会议。', [['3月5日', '--03-05']]], // hours of one day
    ['3月5日下午至今,委员们持续关注。', [['3月5日', '--03-05']]],
    ['5月5日至7日召开。', [['5月5日', '--05-05'], ['7日', '--05-07']]],
  ])('as before: %s', (text, want) => expect(dates(text)).toEqual(want))
})
