import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A month written with a word that dates it from the year written before it (同年12月, 当年10月, 次年5月, 翌年6月) is a
 * date, in that year or the next (GUIDE.md: iso as far as known), as 今年3月 is one in the page's year. Checked by hand.
 */
const dates = (text: string) => analyzer.analyze(text).dates.map((d) => [d.text, d.iso])

describe('同年, 当年, 次年, 翌年 before a month: the year written before it', () => {
  it.each([
    ['该项目于2019年3月开工,同年12月建成投用,次年5月正式运营。', [['2019年3月', '2019-03'], ['同年12月', '2019-12'], ['次年5月', '2020-05']]],
    ['2022年,县里启动老旧小区改造,当年10月完工。', [['当年10月', '2022-10']]],
    ['2019年3月,县政协成立调研组;同年5月20日,召开协商会。', [['2019年3月', '2019-03'], ['同年5月20日', '2019-05-20']]],
    ['2020年5月启动建设,翌年6月建成。', [['2020年5月', '2020-05'], ['翌年6月', '2021-06']]],
    ['2018年,委员提出建议;2021年,项目立项,次年3月开工。', [['次年3月', '2022-03']]],
    ['二〇一九年,县政协成立书画院,同年9月举办首届展览。', [['同年9月', '2019-09']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))

  it.each([
    ['当年的老委员回忆说,那时条件艰苦。'],
    ['与他同年出生的委员有三位。'],
    ['次年起实行新的标准。'],
  ])('no date: %s', (text) => expect(dates(text)).toEqual([]))
})
