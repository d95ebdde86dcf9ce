import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A counted noun compound whose words compromise reads as two nouns (democratic party + central committees) keeps its
 * head plural when singularised as a whole: the head is then read alone, the words before it kept (the eight democratic
 * party central committees → democratic party central committee). Class seen on en dev 529; the other rows written here.
 * Controls: compounds compromise singularises whole, a span of years.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('the head of a two-noun compound in the singular', () => {
  it.each([
    ['The minister met the eight democratic party central committees.', [[8, 'democratic party central committee', null]]],
    ['Leaders of 12 democratic party provincial committees attended.', [[12, 'democratic party provincial committee', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['They visited 5 county committees.', [[5, 'county committee', null]]],
    ['The 30 CPPCC standing committee members spoke.', [[30, 'standing committee member', null]]],
    ['He has 20 years of experience.', [[20, 'year', null]]],
    ['There are 12 group draft proposals.', [[12, 'group draft proposal', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
