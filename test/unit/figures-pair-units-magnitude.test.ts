import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [string, number, number | undefined, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.max, f.unit, f.approx])

// Two units written as a pair (百十, data/figure-words.tsv pair) are about the greater, as a pair of digits is (四五万元
// → 40000 元 about, dev-pages README): before a magnitude too, which scales both ends (百十万元 → 1000000 元 about,
// up to 1100000), not read as the number 一百一十万. The review's sentence (round 15) and sentences written for this test.
describe('figures: a pair of units before a magnitude', () => {
  it.each<[string, Row[]]>([
    ['投入百十万元。', [['百十万元', 1000000, 1100000, '元', 'about']]],
    ['全村百十万亩林地。', [['百十万亩', 1000000, 1100000, '亩', 'about']]],
    ['每年收入百十万元左右。', [['百十万元左右', 1000000, 1100000, '元', 'about']]],
    ['花了百十块钱。', [['百十块钱', 100, 110, '元', 'about']]],
    ['投入四五万元。', [['四五万元', 40000, 50000, '元', 'about']]],
  ])('%s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })
})
