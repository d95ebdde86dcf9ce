import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [string, number, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.unit, f.approx])

// Round 26: 辑, the volumes of a series, the count a CPPCC's culture-and-history committee reports its 文史资料 in
// (dev 1236 31辑, 1238 130辑). Sentences written for this test after those pages; expected values by hand.
describe('figures: 辑 counts the volumes of a series (data/units.tsv)', () => {
  it.each<[string, Row[]]>([
    ['钟祥文史委先后编辑出版《铁血传奇》等31辑文史书籍。', [['31辑', 31, '辑', null]]],
    ['市、县政协整理、编辑、出版文史资料130辑。', [['130辑', 130, '辑', null]]],
    ['累计出版文史资料二十余辑。', [['二十余辑', 20, '辑', 'more']]],
    // Controls: an ordinal volume (第十辑, 第六辑) and a volume's number inside a title are no count.
    ['《文史资料》第十辑于今年1月顺利出版。', []],
    ['征编出版文史资料第十八辑。', []],
  ])('%s', (text, rows) => expect(figures(text)).toEqual(rows))
})
