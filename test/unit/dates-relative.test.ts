import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/** Relative months right after a page's date (the space between them may be gone from the text read); the span of 8月份 is 8月. Checked by hand. */
const dates = (text: string) => analyzer.analyze(text).dates.map((d) => [d.text, d.iso])

describe('a relative year right after a page date', () => {
  it.each([
    ['2024-05-20 今年3月,县政协召开会议。', [['2024-05-20', '2024-05-20'], ['今年3月', '2024-03']]],
    ['2024-05-20 去年3月,委员视察。', [['2024-05-20', '2024-05-20'], ['去年3月', '2023-03']]],
    ['发布时间:2024-05-20 10:30 今年3月8日,县政协召开会议。', [['2024-05-20', '2024-05-20'], ['今年3月8日', '2024-03-08']]],
    ['2023-05-12 17:49:06 预计8月份上市。', [['2023-05-12', '2023-05-12'], ['8月', '2023-08']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))

  it('a number glued to digits before it is still no date: 编号20243月', () => expect(dates('编号20243月')).toEqual([]))
})
