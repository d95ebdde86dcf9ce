import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A bare number after a verb of change or level whose subject is a noun of an amount (exports, profits, deposits, assets,
 * imports, losses, investments) is an amount of money or goods with its currency left out, no count of those things: no
 * unit (the same as before the possessive and phrase-of-place slots of the subject; round 31 review of 075baaf6). Rows
 * worked out by hand. Controls: a counted plural subject keeps its unit; a currency written keeps its currency.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('a subject that measures an amount lends no unit', () => {
  it.each([
    ["China's exports reached 3 trillion.", [[3000000000000, null, null]]],
    ["The company's profits reached 3 billion.", [[3000000000, null, null]]],
    ["The province's deposits rose to 800 billion.", [[800000000000, null, null]]],
    ["The group's assets topped 100 billion.", [[100000000000, null, 'more']]],
    ["Beijing's imports rose to 500 million.", [[500000000, null, null]]],
    ["The firm's losses rose to 5 million.", [[5000000, null, null]]],
    ['Investments in the city reached 40 billion.', [[40000000000, null, null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ["The city's visitors topped 2 million last year.", [[2000000, 'visitor', 'more']]],
    ['Exporters in the city reached 4,000.', [[4000, 'exporter', null]]],
    ["China's exports reached 3 trillion yuan.", [[3000000000000, '元', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
