import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A range whose unit is written at both ends (5.5 percent to 6 percent, 10 million yuan to 30 million yuan, 3 km to 5 km)
 * is one figure, value its lower end and `max` its upper, as 5 to 6 percent already is (dev-pages/README.md: a range is one
 * figure, 5%-10% → 5 %). Rows written here from government work report targets (en dev 500 and 501 write such targets with
 * one unit). Controls: a change after a verb of change (rose from 5.5 percent to 6 percent: two figures, as en dev 500), a
 * second number lower than the first, and two figures in a row that are no range.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.max ?? null, f.unit])

describe('a range with its unit at both ends: one figure', () => {
  it.each([
    ['The growth target is set at 5.5 percent to 6 percent.', [['5.5 percent to 6 percent', 5.5, 6, '%']]],
    ['Each key project receives 10 million yuan to 30 million yuan in subsidies.', [['10 million yuan to 30 million yuan', 10e6, 30e6, '元']]],
    ['New rural roads of 3 km to 5 km link the villages.', [['3 km to 5 km', 3, 5, 'km']]],
    ['Fees will be cut by 5%-8% this year.', [['5%-8%', 5, 8, '%']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The rate rose from 5.5 percent to 6 percent.', [['5.5 percent', 5.5, null, '%'], ['6 percent', 6, null, '%']]],
    ['Grants fell from 10 million yuan to 3 million yuan.', [['10 million yuan', 10e6, null, '元'], ['3 million yuan', 3e6, null, '元']]],
    ['The deficit is 3 percent, 2 percent lower than last year.', [['3 percent', 3, null, '%'], ['2 percent', 2, null, '%']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
