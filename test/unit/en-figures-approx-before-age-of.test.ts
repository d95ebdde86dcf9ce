import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "under the age of 3", "over the age of 60": an approximation written before "the age of" bounds the age after it (less,
 * more), as it does right before a number (under 35, over 60) and as 以下 / 以上 do. Class found by the English probes of
 * round 27 (issue #15); rows written here by hand. Before: the age with no approximation. Controls: "at the age of",
 * an approximation that belongs to another clause, the age before "is over".
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('an approximation before "the age of"', () => {
  it.each([
    ['Children under the age of 3 get free vaccines.', [[3, 'year', 'less']]],
    ['People over the age of 60 receive pensions.', [[60, 'year', 'more']]],
    ['Residents above the age of 65 get free check-ups.', [[65, 'year', 'more']]],
    ['Minors below the age of 16 may not work.', [[16, 'year', 'less']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['She joined the party at the age of 80.', [[80, 'year', null]]],
    ['Over the years, the age of 60 became the norm.', [[60, 'year', null]]],
    ['The average age of members is nearly 56.', [[56, 'year', 'less']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
