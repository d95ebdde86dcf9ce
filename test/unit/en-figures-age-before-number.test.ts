import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "age" or "ages" written right before a number makes it an age, in years, as "aged" does (residents age 60 and older:
 * 60 year more, as 以上; en held-out 483 was annotated 'age 60 and above' so). Class seen on en dev 508 (census figures:
 * 'rural residents were age 60 and older', 'people in rural areas age 60 and older'); the other rows written here.
 * Controls: "age" inside another word (page 16), a count after "age group", an age after "age of … is".
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('age N: an age in years', () => {
  it.each([
    ['Nearly 24 percent of rural residents were age 60 and older in 2020.', [[24, '%', 'less'], [60, 'year', 'more']]],
    ['The number of people in rural areas age 60 and older rose by 8 percentage points.', [[60, 'year', 'more'], [8, '个百分点', null]]],
    ['Residents age 65 and above receive free health check-ups.', [[65, 'year', 'more']]],
    ['Children ages 3 to 6 should have access to kindergartens.', [[3, 'year', null]]],
    ['The pension covers farmers at age 60 or older.', [[60, 'year', 'more']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['He read page 16 of the report.', []],
    ['The age group has 20 members.', [[20, 'member', null]]],
    ['The average age of members is nearly 56.', [[56, 'year', 'less']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
