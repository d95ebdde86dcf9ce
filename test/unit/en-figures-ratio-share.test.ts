import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A ratio (one in five, one out of every 9 people, seven out of 10) is a share of what it counts, as a fraction in words is
 * (about one fifth: 0.2, no unit; en 237, 256, 665, 696): value the numerator over the base, no unit, the approximation
 * written before the numerator (nearly one in five: less, GUIDE.md English text). en dev 701 lists 'one out of every 9
 * people' so (1/9); before round 32 the library read the base as no count and gave nothing. Rows written by hand.
 * Controls: a total out of which a part is counted (120 out of 300 members), a rank's set (ranked 12 out of 31 provinces:
 * no share), a year or a span of time after "in" (one in 2020, two in three years), a number after "in" that is no base.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('a ratio is a share', () => {
  it.each([
    ['One in five residents of the city is over 65 years old.', [[0.2, null, null], [65, 'year', 'more']]],
    ['Nearly one in five people in the county lives alone.', [[0.2, null, 'less']]],
    ['About one in four proposals concerned the economy.', [[0.25, null, 'about']]],
    ['In Guangxi, one out of every 9 people lives under the poverty line.', [[1 / 9, null, null]]],
    ['More than one in three members are women.', [[1 / 3, null, 'more']]],
    ['He said 2 in 5 households own a car.', [[0.4, null, null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls: no share', () => {
  it.each([
    ['In all, 120 out of 300 members voted.', [[120, 'member', null], [300, 'member', null]]],
    ['About 5,052 out of 6,101 proposals were endorsed.', [[5052, 'proposal', 'about'], [6101, 'proposal', null]]],
    ['Shanghai ranked 12 out of 31 provinces.', []],
    ['It ranked first in 31 provinces.', [[31, 'province', null]]],
    ['Members in 10 cities took part.', [[10, 'city', null]]],
    ['They held two in three years.', []],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
