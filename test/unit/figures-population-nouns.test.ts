import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const figures = (text: string) => analyzer.analyze(text).figures.map((f) => ({ text: f.text, value: f.value, unit: f.unit, approx: f.approx }))

// A count written before a statistics' noun of people or households that ends in its measure word (README, figures:
// 人口 人, 农户 户) counts in it: 贫困人口 → 人, 贫困户 → 户 (data/units.tsv). Seen on dev 526 (7200万贫困人口, missed),
// survey pages 2016 政府工作报告 (1240万农村贫困人口) and 衡水 (9800多贫困户), both read with no unit. Our own sentences.

describe('figures: a count before a noun of people or households', () => {
  it.each([
    ['全省还有86万农村贫困人口需要脱贫。', 860000, '人', null],
    ['该县组织3400多贫困户入股合作社。', 3400, '户', 'more'],
    ['全区现有1.5万低保户。', 15000, '户', null],
    ['去年共有120万建档立卡贫困人口实现脱贫。', 1200000, '人', null],
    ['全市32万常住人口中，老人占两成。', 320000, '人', null],
  ])('%s → %d %s', (text, value, unit, approx) => {
    expect(figures(text)).toContainEqual(expect.objectContaining({ value, unit, approx }))
  })

  it.each([
    // The measure word written before the noun stays the count's unit.
    ['走访慰问了26户贫困户。', 26, '户'],
    ['帮扶了300名贫困人口。', 300, '名'],
  ])('%s → %d %s, once', (text, value, unit) => {
    const got = figures(text)
    expect(got).toHaveLength(1)
    expect(got[0]).toMatchObject({ value, unit })
  })

  it('a year before the noun is no count: 2020年贫困人口全部脱贫', () => {
    expect(figures('2020年贫困人口全部脱贫。')).toEqual([])
  })
})
