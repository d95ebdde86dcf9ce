import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [string, number, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.unit, f.approx])

// An approximation reaches over a verb phrase or a share's owner to its number (至少节约成本200元, 约占全省的30%), but not
// over another number, which it would be about instead. A numeral inside a set phrase (两会, 三农, 十四五:
// data/numbered-phrases.txt) is no number: the reach goes on over it (约占当年全国两会建议提案总量的1/10, dev 1305: 1/10
// about, as 约为世界平均关税水平的1/4 on dev 431). Sentences written for this test, checked by hand. Controls: a real
// number between (约有3个县…30%, 至少在两个县…1次), no approximation (占…30%).
describe('figures: an approximation over a set phrase with a numeral', () => {
  it.each<[string, Row[]]>([
    ['农业农村部承办建议提案1545件，约占当年全国两会建议提案总量的1/10。', [['1545件', 1545, '件', null], ['1/10', 10, '%', 'about']]],
    ['教育类提案约占全国两会提案总量的30%。', [['30%', 30, '%', 'about']]],
    ['民营经济投资约占十四五规划投资总量的30%。', [['30%', 30, '%', 'about']]],
    ['每位委员至少为三农发展办成1件实事。', [['1件', 1, '件', 'more']]],
  ])('%s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })

  it.each<[string, Row[]]>([
    ['约有3个县占全市总量的30%。', [['约有3个', 3, '个', 'about'], ['30%', 30, '%', null]]],
    ['至少在两个县开展了1次调研。', [['两个', 2, '个', 'more'], ['1次', 1, '次', null]]],
    ['教育类提案占全国两会建议提案总量的30%。', [['30%', 30, '%', null]]],
  ])('control: %s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })
})
