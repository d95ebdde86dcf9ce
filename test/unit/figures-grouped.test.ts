import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const figures = (text: string) => analyzer.analyze(text).figures.map((f) => [f.value, f.unit, f.approx])

describe('figures: thousands grouped by a space, as yearbooks and chronicles print them', () => {
  it.each([
    ['共召开座谈会40余次，参加会的有2 000多人次。', [2000, '人次', 'more']],
    ['接待考察团51次、1 200人次。', [1200, '人次', null]],
    ['累计投入15 000 000元。', [15000000, '元', null]],
  ])('%s', (text, expected) => {
    expect(figures(text)).toContainEqual(expected)
  })

  it.each([
    ['2023 100人参加活动', [100, '人', null], 2023100], // a year before a number: no group of three after four digits
    ['接待考察团51次、1 200人次。', [51, '次', null], 200],
  ])('no number made across a space that groups nothing: %s', (text, kept, wrong) => {
    const fs = figures(text)
    expect(fs).toContainEqual(kept)
    expect(fs.map((f) => f[0])).not.toContain(wrong)
  })
})
