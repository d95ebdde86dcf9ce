import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [string, number, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.unit, f.approx])

// N点 before a counted noun (三点希望, data/figure-words.tsv counted) is a count where a verb is written before it, also
// with its aspect particle between (提出了三点希望: dev 860, round 19); a time (下午三点) stays no figure.
describe('figures: N点 of a counted noun after a verb and 了', () => {
  it.each<[string, Row[]]>([
    ['同时，张芸对盟员们提出了三点希望：一是加强学习。', [['三点', 3, '点', null]]],
    ['县政协主席提出了四点要求。', [['四点', 4, '点', null]]],
    ['委员们提过两点意见。', [['两点', 2, '点', null]]],
    ['他提出三点建议。', [['三点', 3, '点', null]]],
    // Controls: times of day.
    ['会议定于下午三点召开。', []],
    ['到了晚上八点，会议结束。', []],
    ['会议开到了三点。', []],
  ])('%s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })
})
