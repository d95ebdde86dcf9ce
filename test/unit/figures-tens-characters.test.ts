import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [number, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.value, f.unit, f.approx])

// 廿 (20), 卅 (30) and 卌 (40) write a number of tens in one character, as Hong Kong and Macau papers do (dev 885: 召開廿九場
// 專題調研座談會; a Macau page: 澳門立法會共有卅三名議員): data/numerals.tsv, kind tens. Sentences written for this test.
describe('figures: tens written as one character (廿, 卅, 卌)', () => {
  it.each<[string, Row[]]>([
    ['調研組召開廿九場專題座談會。', [[29, '场', null]]],
    ['立法會共有卅三名議員。', [[33, '名', null]]],
    ['廿多名委員參加了活動。', [[20, '名', 'more']]],
    ['來自廿一個社團的代表出席會議。', [[21, '个', null]]],
    ['委員們捐款一百廿萬元。', [[1200000, '元', null]]],
    ['卌餘位青年參加交流團。', [[40, '位', 'more']]],
  ])('%s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })

  it.each(['廿四史是中國古代的史書。', '委員們參觀了廿八都古鎮。'])('%s: no figure (a name)', (text) => {
    expect(figures(text)).toEqual([])
  })
})
