import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "as many as N" is 多达 (data/figure-words.tsv: before, more): approx more, as "more than" and "upwards of" are
 * (GUIDE.md: approx as for Chinese). Rows written here, values by hand. Controls: "as many … as" comparing with no number,
 * "up to" (less) unchanged, a hyphened counted noun.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('"as many as" before a number is more', () => {
  it.each([
    ['As many as 300 members attended the session.', [[300, 'member', 'more']]],
    ['The committee received as many as 1,200 proposals this year.', [[1200, 'proposal', 'more']]],
    ['As many as 80 percent of the proposals concern people’s livelihoods.', [[80, '%', 'more']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['Members filed as many proposals as they did last year.', []],
    ['Up to 300 proposals were filed.', [[300, 'proposal', 'less']]],
    ['A 200-member delegation attended.', [[200, 'member', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
