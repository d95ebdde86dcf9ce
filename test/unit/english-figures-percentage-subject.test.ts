import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [number, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.value, f.unit, f.approx])

// A bare number given as the value of a share noun (The percentage is 24 for Beijing; the proportion was 17.8) is a
// percentage, "percent" left unwritten (data/en-figure-words.tsv, kind share-noun). Round 32: en dev 698 ("The percentage
// is 24 for Beijing and Tianjin and 22 for Shanghai", the 22 then parallel to it). Hand-checked truth.
describe('English figures: a number as the value of a share noun', () => {
  it.each<[string, Row[]]>([
    ['Only 7.5 percent of Henan high school graduates enroll at key universities. The percentage is 24 for Beijing and Tianjin and 22 for Shanghai.', [[7.5, '%', null], [24, '%', null], [22, '%', null]]],
    ['The proportion of women members was 17.8 this year.', [[17.8, '%', null]]],
    ['In Shanghai the percentage stood at about 30.', [[30, '%', 'about']]],
    // Review r32 (mendD): "in" before a year is no ratio (1 in 5): the value stays a percentage.
    ['The proportion of women members was 28.5 in 2023.', [[28.5, '%', null]]],
    ['The percentage was 24 in 2021, up from 20.', [[24, '%', null]]],
  ])('%s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })
  // Controls: a count after another subject, a share noun that is not the subject of the number, and a value that is no
  // percentage (a count, a ratio or a fraction) stay as they were.
  it.each<[string, Row[]]>([
    ['The number is 24 for Beijing.', []],
    ['A large percentage of the 300 members attended.', [[300, 'member', null]]],
    // Review r32: a value past 100 or written with a thousands comma is a count, and "3 to 1", "1 in 5" a ratio, no
    // percentage: "1 in 5" a share, 0.2 (README: English ratios are shares).
    ['The proportion of proposals handled was 2,172.', []],
    ['The proportion is 3 to 1 for men and women.', []],
    ['That proportion reached 1 in 5 in rural areas.', [[0.2, null, null]]],
  ])('control: %s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })
})
