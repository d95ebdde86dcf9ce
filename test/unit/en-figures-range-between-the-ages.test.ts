import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "between the ages 4 and 6", "between the ages of 18 and 35": an age range with its noun between "between" and the
 * first number is one figure, value its lower end and `max` its upper, unit year, as "aged between 30 and 50" already is
 * (dev-pages/README.md: a range is one figure, 3至5年 → 3 年; an age counts years as 65-year-old does on en 244). Rows
 * written from the screening and recruitment sentences of English CPPCC reports (en dev 570: "about 23 percent of those
 * between the ages 4 and 6"). Controls: the ranges read before ("aged between 30 and 50", "between 10 and 15 percent")
 * and numbers after "between the" that are no ages (two counts, each with its noun) stay as they were.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.max ?? null, f.unit, f.approx])

describe('an age range after "between the ages": one figure', () => {
  it.each([
    ['Screening found that about 23 percent of those between the ages 4 and 6 did not have normal vision.', [['about 23 percent', 23, null, '%', 'about'], ['4 and 6', 4, 6, 'year', null]]],
    ['The program trains young people between the ages of 18 and 35.', [['18 and 35', 18, 35, 'year', null]]],
    ['Children between the age of 3 and 6 get free checks.', [['3 and 6', 3, 6, 'year', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The team included 20 experts aged between 30 and 50.', [['20 experts', 20, null, 'expert', null], ['30 and 50', 30, 50, 'year', null]]],
    ['Growth was between 10 and 15 percent.', [['10 and 15 percent', 10, 15, '%', null]]],
    ["The gap between the 12 cities and 30 counties narrowed.", [["12 cities", 12, null, "city", null], ["30 counties", 30, null, "county", null]]],
    ["Talks between the 16 and 30 member groups went on.", [["16", 16, null, "member group", null], ["30 member groups", 30, null, "member group", null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
