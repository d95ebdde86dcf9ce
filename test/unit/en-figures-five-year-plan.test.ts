import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const figures = (text: string) => analyzer.analyze(text).figures.map((f) => [f.value, f.unit, f.approx])

// "five-year plan" names a plan (十四五规划), in lower case as in capitals (Five-Year Plan) and after a term ordinal (the
// 13th five-year plan): no figure, as the Chinese lists leave 十三五 out (README: names with numbers). Written after
// en 458 ("suggestions for the five-year plan", "China has drafted five-year plans since 1953"); a span of five years
// is still counted. Round 22: the same with a digit (5-year plan).
describe('English figures: the five-year plan is a name', () => {
  it.each<[string, Array<[number, string | null, string | null]>]>([
    ['Political advisors offered their suggestions for the five-year plan, according to a statement.', []],
    ['China has drafted five-year plans since 1953 to map strategies for development.', []],
    ['Over the past five years, the committee has submitted 25,043 proposals.', [[5, 'year', null], [25043, 'proposal', null]]],
    ['The plan covers a five-year period and 12 key projects.', [[5, 'year', null], [12, 'project', null]]],
    // …written with a digit too (China Daily headline on en dev 537: 'Advisers urged to ensure 5-year plan's good start').
    ["Advisers urged to ensure 5-year plan's good start", []],
    ['The city drafted its 14th 5-year plan with 30 experts.', [[30, 'expert', null]]],
    ['Provinces map their 5-year plans every five years.', [[5, 'year', null]]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
})
