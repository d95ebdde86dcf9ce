import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A noun that compromise reads as an adjective stays in the counted noun where the data lists it as a classifier
 * (data/en-figure-words.tsv): five pillar industries → pillar industry (en dev 501, Sichuan government work report); it had
 * been left out as a describing adjective (industry). Control: a describing adjective is still left out (five new industries).
 */
const units = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit])

describe('a noun read as an adjective', () => {
  it.each([
    ['The province is developing five pillar industries – electronic information and food.', [[5, 'pillar industry']]],
    ['Three pillar industries grew fast.', [[3, 'pillar industry']]],
  ])('%s', (text, want) => expect(units(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The province is developing five new industries.', [[5, 'industry']]],
  ])('%s', (text, want) => expect(units(text)).toEqual(want))
})
