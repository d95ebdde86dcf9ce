import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [string, number, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.unit, f.approx])

// A list of counted ranks (4个第一、4个第二、1个第三: how many first, second, third places) is a list of counts, not an
// ordinal enumeration (第二、五、六组), though each item after 、 follows a 第 within a few characters (dev 1038, round 19).
// Sentences like the pages'.
describe('figures: counted ranks in a list', () => {
  it.each<[string, Row[]]>([
    ['在“一市三县”中取得了4个第一、4个第二、1个第三的好成绩。', [['4个', 4, '个', null], ['4个', 4, '个', null], ['1个', 1, '个', null]]],
    ['全县12项指标中有5项第一、3项第二。', [['12项', 12, '项', null], ['5项', 5, '项', null], ['3项', 3, '项', null]]],
    ['比赛中获得两个第一名、三个第二名。', [['两个', 2, '个', null], ['三个', 3, '个', null]]],
    // Controls: ordinal enumerations and ranges stay ordinals.
    ['第二、五、六组委员参加。', []],
    ['第三至五条作了修改。', []],
    ['第2、3、5条由专委会负责。', []],
  ])('%s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })
})
