import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A describing compound hyphened before the counted noun (high-quality, low-income, full-time, long-term) is left out of the
// unit as other adjectives are (dev-pages README: the counted noun with adjectives dropped); a prefix (non-communist,
// anti-corruption) and a compound that names a kind (high-tech enterprise) stay in it. Data rows (modifier) in
// data/en-figure-words.tsv. Sentences written by hand after en 561.
const figures = (text: string) => analyzer.analyze(text).figures.map((f) => [f.value, f.unit, f.approx])

describe('English figures: a hyphened describing compound before the noun', () => {
  it.each<[string, unknown[][]]>([
    ['Members must submit at least one high-quality proposal in the name of an individual within a year.', [[1, 'proposal', 'more']]],
    ['The fund helped 300 low-income households in the district.', [[300, 'household', null]]],
    ['The county hired 20 full-time teachers and 12 part-time doctors.', [[20, 'teacher', null], [12, 'doctor', null]]],
    ['There are 12 large-scale enterprises in the park.', [[12, 'enterprise', null]]],
    ['The committee drew up 3 long-term plans.', [[3, 'plan', null]]],
    // Controls: a prefix and a kind stay in the unit.
    ['The eight non-communist parties held their congresses.', [[8, 'non-communist party', null]]],
    ['The city has 14 high-tech zones.', [[14, 'high-tech zone', null]]],
    ['The party ran 5 anti-corruption campaigns.', [[5, 'anti-corruption campaign', null]]],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected)
  })
})
