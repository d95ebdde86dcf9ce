import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const tags = (text: string) => analyzer.analyze(text).topics.map((t) => t.id)

/**
 * An economic briefing (一季度/上半年经济社会发展情况通报 at a standing committee or a members' day) reports the
 * region's output, fiscal revenue and growth: 地区生产总值, 一般公共预算收入, 财政总收入, 主要经济指标, 经济增长.
 * That is industry work (dev-pages README, Topics: a real part of the page; the 5 dev pages writing 地区生产总值 all
 * have industry in their gold). Sentences written for this test, tags by hand.
 */
describe('topics: economic briefings', () => {
  it.each([
    ['区政协召开常委会议，听取一季度经济社会发展情况通报。今年一季度，全区主要经济指标全面实现开门红，地区生产总值达到238.6亿元，同比增长16.3%。'],
    ['县政协开展委员活动日活动，副县长通报了上半年经济社会发展情况：1～6月，全县实现地区生产总值508.1亿元，一般公共预算收入43.7亿元，同比增长9.7%。'],
    ['市政协召开常委会议，听取全市前三季度经济运行情况通报。前三季度，全市财政总收入增长12.5%，经济增长好于预期。'],
    ['區政協召開常委會議，聽取上半年經濟社會發展情況通報，全區地區生產總值增長7.2%，一般公共預算收入增長5.1%。'],
  ])('%s → industry', (text) => {
    expect(tags(text)).toContain('industry')
  })

  // Controls: a growth of something else and a briefing without economic figures stay untagged.
  it.each([
    ['区政协召开常委会议，听取全区教育工作情况通报，今年全区新建学校3所，在校学生人数同比增长5%。'],
    ['县政协开展委员活动日活动，委员们参观了县博物馆，了解本地历史文化。'],
  ])('not industry: %s', (text) => {
    expect(tags(text)).not.toContain('industry')
  })
})
