import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [number, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.value, f.unit, f.approx])

// A bare number in a list parallel to a share before it, the same preposition after each (24 percent in Beijing and 22 in
// Shanghai; 7 percent in Jiangsu, 6 in Zhejiang and 5 in Anhui), is a share too: the list writes "percent" once. Round 32:
// en dev 698 ("The percentage is 24 for Beijing and Tianjin and 22 for Shanghai"). Hand-checked truth.
describe('English figures: bare numbers parallel to a share', () => {
  it.each<[string, Row[]]>([
    ['The proportion was 24 percent in Beijing and 22 in Shanghai.', [[24, '%', null], [22, '%', null]]],
    ['Growth was 7 percent in Jiangsu, 6 in Zhejiang and 5 in Anhui.', [[7, '%', null], [6, '%', null], [5, '%', null]]],
    ['The rate is 24 percent for Beijing and Tianjin and 22 for Shanghai.', [[24, '%', null], [22, '%', null]]],
    ['Satisfaction reached 98 percent among members and 95 among the public.', [[98, '%', null], [95, '%', null]]],
  ])('%s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })
  // Controls: a share is no unit of a later number that is a level or a count with its own frame.
  it.each<[string, Row[]]>([
    ['Sales rose by 12.5 percent year on year, reaching 1,000 in May.', [[12.5, '%', null]]],
    ['About 30 percent in Beijing and 22 new members in Shanghai joined.', [[30, '%', 'about'], [22, 'member', null]]],
    ['The share was 24 percent in 2019 and the figure in 2020 was higher.', [[24, '%', null]]],
    // Review r32: "in the morning" is no place parallel to "in Beijing".
    ['Turnout was 90 percent in Beijing and 2 in the morning.', [[90, '%', null]]],
  ])('control: %s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })
})
