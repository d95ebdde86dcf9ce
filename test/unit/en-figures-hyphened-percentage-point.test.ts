import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "a 3-percentage-point rise", "a 0.25-percentage-point cut": a share hyphened to its number as one adjective is a
 * percentage (个百分点) or a percent, as "5-percent" and "a 40-square-meter workshop" are (data/en-figure-words.tsv, kind
 * percent). Class found by the English probes of round 27 (issue #15); rows written here by hand. Before: unit
 * "percentage-point", or no figure where a noun followed. Controls: the spaced forms, and a hyphened word that is no share.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('a share hyphened to its number', () => {
  it.each([
    ['The plan calls for a 3-percentage-point rise in the share of clean energy.', [[3, '个百分点', null]]],
    ['The central bank announced a 0.25-percentage-point cut.', [[0.25, '个百分点', null]]],
    ['The rate saw a 1.5-percentage-point drop from last year.', [[1.5, '个百分点', null]]],
    ['Members proposed a 10-per-cent increase in pensions.', [[10, '%', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The rate fell by 0.5 percentage points.', [[0.5, '个百分点', null]]],
    ['The share rose 2 percentage points to 40 percent.', [[2, '个百分点', null], [40, '%', null]]],
    ['Farmers welcomed a 20-percent cut in fees.', [[20, '%', null]]],
    ['The team drafted a 12-point plan.', [[12, 'point', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
