import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Counts whose noun follows "of": "1,783 of registered proposals" (no determiner between, en dev 332's gold: proposal), and
// "Of these, 13 were …" where "these" points back to a plural noun after a partitive in the sentence before with nothing
// counted (en dev 430's gold: proposal). Truth by hand, by the English figure rules of the dev-pages README.
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('English figures: the counted noun after "of"', () => {
  it.each([
    ['The economy dominates the agenda, with 1,783 of registered proposals focusing on it, 42 percent of all those registered.', [['1,783', 1783, 'proposal', null], ['42 percent', 42, '%', null]]],
    ['About 600 of concerned government agencies replied.', [['About 600', 600, 'government agency', 'about']]],
    ['In all the proposals, economic and social progress were involved. Of these, 13 were related to economic construction, accounting for 22%; 6 were related to cultural construction.', [['13', 13, 'proposal', null], ['22%', 22, '%', null], ['6', 6, 'proposal', null]]],
    ['The committee looked into the cases of the members. Among them, 40 were about education.', [['40', 40, 'member', null]]],
    // Controls: a pronoun after "of" still counts what was counted before; a capitalised name after "of" counts nothing;
    // "these" with no partitive noun before, or a span of time before it, points to nothing.
    ['A total of 6,000 proposals were filed, and 1,500 of them were handled.', [['6,000 proposals', 6000, 'proposal', null], ['1,500', 1500, 'proposal', null]]],
    ['A total of 59 proposals were filed. Of these, 13 were related to economic construction.', [['59 proposals', 59, 'proposal', null], ['13', 13, 'proposal', null]]],
    ['Of these, 13 were related to economic construction.', [['13', 13, null, null]]],
    ['In the past years, the committee worked hard. Of these, 5 were good.', [['5', 5, null, null]]],
    ['The committee studied all the proposals carefully. Among them, 40 were about education.', [['40', 40, null, null]]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
})
