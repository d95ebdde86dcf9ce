import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// National bodies whose English name is fixed and that CPPCC and united-front news names beside the National Committee:
// the China Council for the Promotion of Peaceful National Reunification (中国和平统一促进会, a mass organisation: en gold
// 434), the China Economic and Social Council (中国经济社会理事会, the CPPCC-led council: en 705), the State Council's Hong
// Kong and Macao Affairs Office spelt "Macau" as Hong Kong papers spell it (en 588; written bare it stays an office of the field, unlisted: see
// en-bodies-unowned-committee-standing-and-field-places), and the Counsellors'
// Office spelt the American way (en 512): rows of data/en-bodies.tsv (a form is matched whole, as written). Sentences
// written by hand, truth worked out by hand. Controls: the same words as no name (lower case, a longer foreign name).
const bodies = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('fixed national bodies', () => {
  it.each([
    ['Li Ming is vice president of the China Council for the Promotion of Peaceful National Reunification.', [['China Council for the Promotion of Peaceful National Reunification', 'mass-organisation', '全国']]],
    ['Li Ming is vice chairman of the China Economic and Social Council.', [['China Economic and Social Council', 'other', '全国']]],
    ['Xia Baolong, director of the Hong Kong and Macau Affairs Office of the State Council, spoke.', [['Hong Kong and Macau Affairs Office of the State Council', 'government', '全国']]],
    ['Qu Weizhi, Counselor, the Counselors\u2019 Office of the State Council, attended.', [['Counselors\u2019 Office of the State Council', 'government', '全国']]],
  ])('%s', (text, want) => expect(bodies(text)).toEqual(want))
})

describe('control: the words as no name', () => {
  it.each([
    ['Officials discussed Hong Kong and Macao affairs at the office.', []],
    ['He spoke of the economic and social council of the city.', []],
  ])('%s', (text, want) => expect(bodies(text)).toEqual(want))
})
