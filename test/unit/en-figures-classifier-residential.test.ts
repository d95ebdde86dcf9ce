import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "residential" makes one term with the noun it goes with, as political, economic, industrial do (data/en-figure-words.tsv,
 * classifier): 167,000 old residential communities → residential community ("old" describes and is left out). Class seen
 * on en dev 556; the other rows written here. Controls: describing adjectives are still left out.
 */
const units = (t: string) => analyzer.analyze(t).figures.map((f) => `${f.value} ${f.unit}`)

describe('a classifying adjective stays in the counted noun', () => {
  it.each([
    ['China allocated funds to renovate 167,000 old residential communities.', ['167000 residential community']],
    ['The district has 300 residential buildings.', ['300 residential building']],
    ['Elevators were installed in 1,200 residential compounds last year.', ['1200 residential compound']],
  ])('%s', (text, want) => expect(units(text)).toEqual(want))

  it.each([
    ['The district renovated 300 old buildings.', ['300 building']],
    ['The city has 40 new communities.', ['40 community']],
  ])('control: %s', (text, want) => expect(units(text)).toEqual(want))
})
