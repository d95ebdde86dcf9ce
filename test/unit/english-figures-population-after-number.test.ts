import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [number, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.value, f.unit, f.approx])

// A population word right after a number, adjectives between (a 1.4 billion population, the over five million
// impoverished population), counts the people of it, as "a population of 2.3 million" does before the number
// (data/en-figure-words.tsv, kind population: person). Round 32: en dev 701. Hand-checked truth.
describe('English figures: a population word after the number', () => {
  it.each<[string, Row[]]>([
    ['China has a 1.4 billion population.', [[1400000000, 'person', null]]],
    ['The city\'s 20 million population grew fast.', [[20000000, 'person', null]]],
    ['The over five million impoverished population reside in mountainous rural areas.', [[5000000, 'person', 'more']]],
    ['The 5 million rural population moved to towns.', [[5000000, 'person', null]]],
  ])('%s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })
  // Controls: a word that the population word only describes (density, growth) is no count of people.
  it.each<[string, Row[]]>([
    ['Its population density is 300 per square kilometer.', []],
    ['The county has 300,000 residents.', [[300000, 'resident', null]]],
  ])('control: %s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })
})
