import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A ratio's base counts nothing (one in five, 3 out of 10: english-r8.test.ts), also where its numerator is a number word that
 * compromise reads as part of a fraction (three out of 10 members: no number of its own, so the 10 was read as a count of
 * members) and where "every" stands before the base (four in every 10 proposals). Class named by the lead (en held-out);
 * rows written here, by hand. Controls: a total out of which a part is counted still counts (120 out of 300 members), a
 * number after "in" that is no base counts (results in 12 provinces), an ordinal before "in" ranks and is no numerator
 * (ranked first in 31 provinces: counted before the ratio rule too, reviewer's case).
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

// Round 32: the base still counts nothing, and the ratio itself is a share, as a fraction in words is (en dev 701 'one out of
// every 9 people': 1/9, no unit; en-figures-ratio-share.test.ts).
describe('a ratio written with a number word: a share, no count of its base', () => {
  it.each([
    ['Three out of 10 members are women.', [['Three out of 10', 0.3, null, null]]],
    ['He said three out of 10 members are women.', [['three out of 10', 0.3, null, null]]],
    ['Four in every 10 proposals concern the economy.', [['Four in every 10', 0.4, null, null]]],
    ['Seven out of 10 residents support the plan.', [['Seven out of 10', 0.7, null, null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['In all, 120 out of 300 members voted.', [['120', 120, 'member', null], ['300 members', 300, 'member', null]]],
    ['Results in 12 provinces were good.', [['12 provinces', 12, 'province', null]]],
    ['Members in 10 cities took part.', [['10 cities', 10, 'city', null]]],
    ['It ranked first in 31 provinces.', [['31 provinces', 31, 'province', null]]],
    ['Shanghai ranked second out of 31 provinces.', [['31 provinces', 31, 'province', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
