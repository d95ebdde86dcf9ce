import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const figures = (text: string) => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.unit])

// "one" before a part of the day or the weekend says some morning, some weekend: a time, as 日前 is, no count
// (en dev 354 'go camping with papa and mama one weekend'). "one day" may count a span (held one day before the
// session, as 一天 does before 前): it stays. Sentences of our own.
describe('English figures: one morning, one weekend are no count', () => {
  it.each<[string, Array<[string, number, string]>]>([
    ['His daughter asked to go camping one weekend.', []],
    ['One morning in May, the members visited a village school.', []],
    ['One evening, the advisers met farmers in the county.', []],
    ['One night last winter, he wrote the proposal by hand.', []],
    // Controls: other numbers and "one day" still count.
    ['The press conference was held one day before the session.', [['one day', 1, 'day']]],
    ['The group met two evenings later and visited 12 villages.', [['two evenings', 2, 'evening'], ['12 villages', 12, 'village']]],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected)
  })
})
