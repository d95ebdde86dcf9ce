import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [string, number, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.unit, f.approx])

// 一 before a unit of time split by an approximation (一个多月, 一个多小时, 一个多星期) counts that time, approximate: more than
// one month is a quantity as 两个多月 and 四个多月 are (dev 314 四个多月 → 4 个月 more), and 一 before the unsplit unit counts
// already (持续了一个月 → 1 个月: figures-one-unit-of-time). Not with 来/以来 after it: a time frame, as 一个月来 (dev-pages
// README). Not 个多 before what is no unit of time (一个多元增收的渠道). Sentences written for this test.
describe('figures: one unit of time split by an approximation, written with 一', () => {
  it.each<[string, Row[]]>([
    ['专题调研持续了一个多月。', [['一个多月', 1, '个月', 'more']]],
    ['座谈会持续了一个多小时,委员们踊跃发言。', [['一个多小时', 1, '小时', 'more']]],
    ['用了一个多月时间,调研组走访了12个村。', [['一个多月', 1, '个月', 'more'], ['12个', 12, '个', null]]],
    ['一个多月后,调研报告正式形成。', [['一个多月', 1, '个月', 'more']]],
    ['委员们在村里住了一个多星期。', [['一个多星期', 1, '星期', 'more']]],
    ['會議開了一個多小時。', [['一个多小时', 1, '小时', 'more']]],
    // controls that counted before: another numeral, the unsplit unit
    ['历时两个多月,走访一百多户。', [['两个多月', 2, '个月', 'more'], ['一百多户', 100, '户', 'more']]],
    ['专题调研持续了一个月。', [['一个月', 1, '个月', null]]],
  ])('%s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })

  it.each([
    '一个多月来,委员们走访了企业。',
    '一个多月以来,委员们深入基层。',
    '这是一个多元增收的渠道。',
    '打造一个多功能活动室。',
    '建立一个多部门联动的工作机制。',
  ])('%s: no figure', (text) => {
    expect(figures(text)).toEqual([])
  })
})
