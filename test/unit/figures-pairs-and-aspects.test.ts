import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [string, number, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.unit, f.approx])

// Round-14 rulings (README, Figures): a pair numeral is approximate, `about`, its value the lower end (like 数十);
// X个方面 is a figure X 个 (8 pages' gold so). Sentences written for this test after dev 746, 665, 253, 545.
describe('figures: pair numerals and X个方面', () => {
  it.each<[string, Row[]]>([
    ['每位委员每年提交提案,少则三五个,多则十多个。', [['三五个', 3, '个', 'about'], ['十多个', 10, '个', 'more']]],
    ['合作社为每户增收四五万元。', [['四五万元', 40000, '元', 'about']]],
    ['调研组在村里住了三两天。', [['三两天', 2, '天', 'about']]],
    ['课题组提出五个方面对策建议。', [['五个', 5, '个', null]]],
    ['报告从7个方面回顾了一年来的工作。', [['7个', 7, '个', null]]],
    ['围绕服务对接共享三个方面形成调研成果。', [['三个', 3, '个', null]]],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected)
  })
})
