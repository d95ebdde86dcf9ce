import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A number after a verb of ranking (ranked, placed: data/en-figure-words.tsv, rank) is a place in an order, and the
 * number after "out of" names the set ranked: no count of it (the rule "out of" a total past ten counts both numbers
 * is for a part of a total). Reviewer's finding, round 26; sentences written by hand, truth by hand (README, Figures).
 * Controls: a part out of a total (About 40 out of 50 members; 5,052 out of 6,101 proposals), a ratio's base (seven out of 10).
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit])

describe('a rank out of a set counts nothing', () => {
  it.each([
    ['Members ranked 12 out of 31 provinces in the survey.'],
    ['The city placed 15 out of 36 cities in the survey.'],
  ])('%s', (text) => expect(figures(text)).toEqual([]))
})

describe('control: a part out of a total', () => {
  it.each([
    ['About 40 out of 50 members attended.', [[40, 'member'], [50, 'member']]],
    ['In all, 5,052 out of 6,101 proposals were handled.', [[5052, 'proposal'], [6101, 'proposal']]],
    ['Seven out of 10 residents agreed.', [[0.7, null]]], // a ratio is a share (en dev 701)
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
