import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * The year of 今年/去年 on a page that prints no date of its own: the latest year written as one of plans or
 * counts (2024年度, 2024年预算), not one that dates an event to a month (2017年8月成立, 2016年10月开工) — a page
 * dates this year's events 今年8月, so a year written with its month is a year gone by. Checked by hand.
 */
const dates = (text: string) => analyzer.analyze(text).dates.map((d) => [d.text, d.iso])

describe('a year written with its month is no year of 今年', () => {
  it.each([
    ['全市民主党派成员440人。2017年8月,新成立了一个支部。今年5月,市委统战部召开座谈会。', [['2017年8月', '2017-08'], ['今年5月', '--05']]],
    ['项目于2016年10月开工建设,计划于今年2月16日前向游客开放。', [['2016年10月', '2016-10'], ['今年2月16日', '--02-16']]],
    ['工程于2011年 12 月开工。去年6月,委员视察工地。', [['2011年12月', '2011-12'], ['去年6月', '--06']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))

  it.each([
    ['今年,市政协将“提升科技服务业”列为2024年度常委会协商议题。今年5月,委员们赴企业调研。', [['今年5月', '2024-05']]],
    ['2023年,安排市级资金2000万元;2024年预算安排1亿元。今年6月,委员视察。', [['今年6月', '2024-06']]],
    ['发布时间:2025-03-05 2017年8月成立。今年5月,委员调研。', [['2025-03-05', '2025-03-05'], ['2017年8月', '2017-08'], ['今年5月', '2025-05']]],
  ])('a year of plans or a printed page date still gives it: %s', (text, want) => expect(dates(text)).toEqual(want))
})
