import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "5m yuan", "$3m", "HK$2.5m", "RMB10m": the letter m glued to digits is a million where money is written (a currency sign
 * before the number or a currency word after it), as Hong Kong and British-style papers write sums; the figure was lost
 * whole (5m read as a word). Class of the brief's list (bn, currency symbols); sentences of our own. Controls: 20m with no
 * currency (metres) and "5 m" with a space give no money.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit])

describe('m glued to digits beside a currency is a million', () => {
  it.each<[string, Array<[string, number, string | null]>]>([
    ['The county spent 5m yuan on rural roads.', [['5m yuan', 5000000, '元']]],
    ['The foundation gave $3m to the school.', [['$3m', 3000000, '美元']]],
    ['Members raised HK$2.5m for 200 households.', [['HK$2.5m', 2500000, '港元'], ['200 households', 200, 'household']]],
    ['He donated RMB10m to the county.', [['RMB10m', 10000000, '元']]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected))
})

describe('controls: no currency, no million', () => {
  it.each<[string, Array<[string, number, string | null]>]>([
    ['The tower is 30m tall and stands beside 3 schools.', [['3 schools', 3, 'school']]],
    ['The county spent 5 billion yuan on 12 schools.', [['5 billion yuan', 5000000000, '元'], ['12 schools', 12, 'school']]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected))
})
