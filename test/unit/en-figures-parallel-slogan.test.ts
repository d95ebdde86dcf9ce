import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A slogan in quotation marks made of short parallel parts set apart by commas (“one lake, one policy”, “one village, one
 * product”): its number words count nothing, as in a slogan without commas (“two upholds”; zh: slogans and set phrases
 * are no figures, 一湖一策). Each part at most three words, two to four parts; a longer part is a clause of speech, whose
 * numbers count. Class seen on en dev 525 (Chenzhou: “one lake, one policy”); the other rows written here. Controls: a
 * quotation of speech with commas, digits beside the slogan, a count right after it.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('parallel slogans count nothing', () => {
  it.each([
    ['The mechanism was supplemented as the “one lake, one policy” pilot of the state.', []],
    ['The county promotes a "one village, one product" program for farmers.', []],
    ['They back the “one county, one industry, one brand” campaign in the mountains.', []],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['“We filed two proposals, three motions and a report,” he said.', [['two proposals', 2, 'proposal', null], ['three motions', 3, 'motion', null]]],
    ['The “one lake, one policy” pilot covered 6 counties in the area.', [['6 counties', 6, 'county', null]]],
    ['Members said “one lake, one policy”, and two proposals followed.', [['two proposals', 2, 'proposal', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
