import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const figures = (text: string) => analyzer.analyze(text).figures.map((f) => [f.value, f.unit, f.approx])

// "five-year plan" names a plan (十四五规划), in lower case as in capitals (Five-Year Plan) and after a term ordinal (the
// 13th five-year plan): no figure, as the Chinese lists leave 十三五 out (README: names with numbers). Written after
// en 458 ("suggestions for the five-year plan", "China has drafted five-year plans since 1953"); a span of five years
// is still counted.
describe('English figures: the five-year plan is a name', () => {
  it.each<[string, Array<[number, string | null, string | null]>]>([
    ['Political advisors offered their suggestions for the five-year plan, according to a statement.', []],
    ['China has drafted five-year plans since 1953 to map strategies for development.', []],
    ['Over the past five years, the committee has submitted 25,043 proposals.', [[5, 'year', null], [25043, 'proposal', null]]],
    ['The plan covers a five-year period and 12 key projects.', [[5, 'year', null], [12, 'project', null]]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
})
