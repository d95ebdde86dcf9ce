import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "Rmb 3bn", "Rmb500 million": the currency sign written in title case, as the Financial Times and the South China Morning
 * Post write it, is yuan as RMB is (data/en-figure-words.tsv, currency-before; the signs stay case-sensitive, so the row is
 * written as the papers write it). Class found by the English probes of round 27 (issue #15); rows written here by hand.
 * Before: 3bn with no unit, Rmb500 million no figure. Controls: RMB as before, a word starting in Rmb.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('Rmb before the number', () => {
  it.each([
    ['Rmb 3bn was set aside for the subsidies.', [[3e9, '元', null]]],
    ['The budget is Rmb500 million this year.', [[5e8, '元', null]]],
    ['The group lost about Rmb 1.2bn last year.', [[1.2e9, '元', 'about']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The company raised RMB1.5 billion in its listing.', [[1.5e9, '元', null]]],
    ['The fund has RMB 500 million for rural schools.', [[5e8, '元', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
