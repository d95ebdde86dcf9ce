import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const dates = (text: string): Array<[string, string]> => analyzer.analyze(text).dates.map((d) => [d.text, d.iso])

// Round-14 ruling (README, Dates): on a page that prints no date of its own, 今年 takes the latest year the page writes
// for the present (the client's sample 000: 今年6月26日 → 2024-06-26 by 2024年度协商计划; 003: 今年5月 → 2024-05);
// where it writes none, the month stays --MM. Sentences written after dev 717 and the sample.
describe('dates: 今年 without a page date', () => {
  it.each<[string, Array<[string, string]>]>([
    ['根据《红塔区政协2018年工作要点》,今年7月开始,区政协开展民主评议。', [['今年7月', '2018-07']]],
    ['市政协将此列为2024年度常委会协商议题。今年5月,调研组赴各区调研。', [['今年5月', '2024-05']]],
    ['今年9月起,委员讲堂推出十期特别节目。', [['今年9月', '--09']]],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected)
  })
})
