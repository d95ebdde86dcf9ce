import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "the number of individual industrial and commercial households and private enterprises in Guangdong province exceeded
 * 10 million": a number without a noun counts the noun after "the number of" also where describing words are coordinated
 * before it (a coordination keeps its head: household) and a longer tail (another conjunct, a place) stands before the
 * number; the number had lost its unit (the plural was read only after at most two words and 40 characters before the
 * number). Class seen on en dev 502 (chinaservicesinfo, Guangdong work report); other rows written here. Controls: the
 * forms read before, and a number in another clause (after a comma) is not counted so.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('the number of X, coordinated or with a longer tail', () => {
  it.each([
    ['By the end of 2018, the number of individual industrial and commercial households and private enterprises in Guangdong province exceeded 10 million.', [[10000000, 'household', 'more']]],
    ['The number of small and medium-sized private enterprises registered in the whole province last year reached 120,000.', [[120000, 'enterprise', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The number of proposals has doubled to over 6,000 in the past decade.', [[6000, 'proposal', 'more']]],
    ['The number of industrial enterprises above designated size increased by 8,439 last year.', [[8439, 'industrial enterprise', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
