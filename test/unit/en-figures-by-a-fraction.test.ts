import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "rose by a quarter", "cut by a third": "a" and a fraction word after "by" are the share of a change (1/4, no unit), as
 * "a third of the proposals" is (data/en-figure-words.tsv, kind fraction); and a share before "in" is no numerator of a
 * ratio (rose by a quarter in two years: the span of time still counts years); but before a noun the word is an
 * ordinal or a half of a measure (by a third party, by a fourth session, won by a half point): no share. Class found by the English probes of
 * round 27 (issue #15); rows written here by hand. Controls: "by a" before a noun, "in a quarter" (a period), a ratio.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('by a quarter, by a third', () => {
  it.each([
    ['Output rose by a quarter in two years.', [[0.25, null, null], [2, 'year', null]]],
    ['Costs were cut by a third.', [[1 / 3, null, null]]],
    // …before a time or a comparison (data fraction-next: since, compared): still the share.
    ['Exports rose by a quarter since 2019.', [[0.25, null, null]]],
    ['Costs rose by a quarter compared with last year.', [[0.25, null, null]]],
    ['Sales fell by a fifth last year.', [[0.2, null, null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The data was released by a team of experts.', []],
    // …an ordinal before a noun ranks it, no share (review of round 27): by a third party, by a fourth session, by a half point.
    ['The audit was done by a third party.', []],
    ['It was followed by a fourth session.', []],
    ['He won by a half point.', []],
    ['Output rose in a quarter.', []],
    ['Three out of 10 members are women.', [[0.3, null, null]]], // a ratio is a share (en dev 701; en-figures-ratio-share.test.ts)
    ['A third of the members are women.', [[1 / 3, null, null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
