import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [string, number, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.unit, f.approx])

// 左右/上下 written after the counted noun closes the noun phrase: the figure is about, its text the number and unit (dev 985:
// 每天平均生产1000双鞋左右 → text 1000双, about). data/figure-words.tsv, after-noun; round 18. Sentences like the pages'.
describe('figures: approximation after the counted noun', () => {
  it.each<[string, Row[]]>([
    ['目前鞋厂每天平均生产1000双鞋左右,用工60余人。', [['1000双', 1000, '双', 'about'], ['60余人', 60, '人', 'more']]],
    ['景区每天接待300名游客左右，旺季更多。', [['300名', 300, '名', 'about']]],
    ['合作社年产10万吨粮食上下。', [['10万吨', 100000, '吨', 'about']]],
    ['今年计划发放50台电脑左右', [['50台', 50, '台', 'about']]],
    // An approximation already written before the number stays.
    ['约1000双鞋左右。', [['约1000双', 1000, '双', 'about']]],
    // Controls: the words go on as verbs (上下联动, 左右开展 …), or no noun stands between.
    ['100名干部上下联动，形成合力。', [['100名', 100, '名', null]]],
    ['组织50名委员左右开展视察。', [['50名', 50, '名', null]]],
    ['全村30户人家上下齐心。', [['30户', 30, '户', null]]],
    ['全县上下一心。', []],
  ])('%s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })
})
