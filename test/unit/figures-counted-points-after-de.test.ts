import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [string, number, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.unit, f.approx])

// N点 before a counted noun (四点要求, data/figure-words.tsv counted) is a count after a verb (提出三点建议), and as often
// after 的 closing the clause that gives them, a verb or adjective before 的 (主席提出的四点要求, 围绕…支部建设的四点目标: the gold of dev 769; 突出的两点工作:
// dev 862), also with 具体 before the noun (三点具体建议: dev 1055's form). A time of day (下午三点, 晚上八点) has no 的 or verb before it.
// Sentences written for this test, checked by hand.
describe('figures: N点 of a counted noun after 的', () => {
  it.each<[string, Row[]]>([
    ['县政协主席提出的四点要求，委员们逐条落实。', [['四点', 4, '点', null]]],
    ['他提出的三点建议很有针对性。', [['三点', 3, '点', null]]],
    ['要在围绕支部建设的四点目标展开工作的同时，因地制宜。', [['四点', 4, '点', null]]],
    ['市妇联肯定了西青区突出的两点工作。', [['两点', 2, '点', null]]],
    ['会议提出三点具体要求。', [['三点', 3, '点', null]]],
    ['委员们提出了两点具体建议。', [['两点', 2, '点', null]]],
    // Controls: times of day, with or without a noun after.
    ['会议定于下午三点召开。', []],
    ['晚上八点建议大家早点休息。', []],
    ['中午12点，调研组赶到村里。', []],
    ['次日的八点，会议开始。', []],
    // A time of day before 工作时间/制/日 (data/figure-words.tsv not-counted; review of round 29): no count.
    ['会议确定的八点工作时间不变。', []],
    ['今天的八点工作会议', []],
    // A noun before 的: the points are a named document (test/unit/figures.test.ts).
    ['胡锦涛同志发展两岸关系的四点意见', []],
  ])('%s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })
})
