import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * On a page that prints no date of its own, 今年/去年 take the year the page writes for its present: the year of a plan
 * or agenda (2018年工作要点, 2024年度协商计划, 2024年度常委会协商议题). A year reported on (2020年，…共承办; 2022年度…工作
 * 情况), of a past event (2018年成为委员) or of a list of past events leaves them --MM (dev-pages README, Dates; dev 669,
 * 905, 1076, 1194, 1197). Sentences written by hand after those pages; expected values worked out by hand.
 */
const dates = (text: string) => analyzer.analyze(text).dates.map((d) => [d.text, d.iso])

describe('今年/去年 dated only by a year of the present', () => {
  it.each([
    ['2020年,最高检共承办代表建议261件。去年10月召开的全国基层检察院建设工作会议提出新要求。', [['去年10月', '--10']]],
    ['2013年工业和信息化部共收到提案327件。截至去年8月底,全部提案均已办结。', [['去年8月', '--08']]],
    ['会议通报了2022年度参政议政工作情况。课题于今年2月结项。', [['今年2月', '--02']]],
    ['他2018年成为全国政协委员。“委员讲堂”自今年9月起推出十期节目。', [['今年9月', '--09']]],
    ['论坛分别于2022年、2023年举办。今年10月,第三届论坛将在三明举办。', [['今年10月', '--10']]],
    // 安排 and 计划 as verbs: the plan word must end the plan's name.
    ['2021年全县共安排专项资金500万元。今年5月,县政协视察了项目。', [['今年5月', '--05']]],
  ])('no year of the present: %s', (text, want) => expect(dates(text)).toEqual(want))

  it.each([
    ['按照《区政协2019年工作要点》,今年4月开始,区政协开展民主评议。', [['今年4月', '2019-04']]],
    ['根据《县政协2021年民主监督工作实施方案》,去年9月,委员视察了河道。', [['去年9月', '2020-09']]],
    ['市政协印发2023年度协商计划。今年6月26日,市政协召开协商会。', [['今年6月26日', '2023-06-26']]],
  ])('a plan year dates them: %s', (text, want) => expect(dates(text)).toEqual(want))
})
