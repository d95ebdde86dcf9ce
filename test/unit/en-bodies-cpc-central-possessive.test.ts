import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string): [string, string, string | null][] =>
  analyzer.analyze(text).committees.map((c) => [c.name, c.kind, c.region])

// The CPC's Central Committee written with the party's name possessive ("The CPC's Central Committee", "the Communist
// Party of China's 20th Central Committee"): the same national party body "The CPC Central Committee" gives, its
// term no part of the name. Review finding (round 15); sentences of our own.
describe("English bodies: the CPC's Central Committee after a possessive party name", () => {
  it.each<[string, [string, string, string | null][]]>([
    ["The CPC's Central Committee issued a circular.", [["CPC's Central Committee", 'party', '全国']]],
    ["The Communist Party of China's Central Committee issued a circular.", [["Communist Party of China's Central Committee", 'party', '全国']]],
    ["The third plenary session of the CPC's 20th Central Committee was held in Beijing.", [["CPC's Central Committee", 'party', '全国']]],
    ["The CPC Central Committee issued a circular.", [['CPC Central Committee', 'party', '全国']]],
    // Not a committee: the party's other things stay no body.
    ["The CPC's founding anniversary was marked in July.", []],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })
})
