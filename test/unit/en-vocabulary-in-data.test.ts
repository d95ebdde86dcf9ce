import { describe, expect, it } from 'vitest'
import { enFigureWords } from '../../src/english/figure-words.js'
import { dataFiles, TsvRow } from '../../src/resources/data-files.js'
import { analyzer } from '../helpers.js'

/**
 * Words the English grammar once wrote in code, now read from data: the superlative adverbs among the modifiers
 * (data/en-figure-words.tsv, modifier superlative: most, least) and the adverbs of time in a clause that gives a name its
 * title (data/en-person-cues.tsv, adverb: also, now, currently, still, concurrently). Reviewer's finding, round 26;
 * sentences written by hand, truth by hand (README, Figures and Persons).
 */
const row = (...cells: string[]) => new TsvRow(cells, 'test', 1)
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit])
const person = (t: string, name: string) => { const p = analyzer.analyze(t).persons.find((x) => x.name === name); return p ? [p.roles, p.org] : null }

describe('superlatives are the data\'s', () => {
  it('a modifier row marked superlative', () => {
    expect([...enFigureWords([row('most', 'modifier', 'superlative'), row('very', 'modifier', '-')]).superlatives]).toEqual(['most'])
    expect(() => enFigureWords([row('most', 'modifier', 'best')])).toThrow(/superlative/)
    expect([...enFigureWords(dataFiles.tsv('en-figure-words.tsv', 3)).superlatives].sort()).toEqual(['least', 'most'])
  })
  it.each([
    ['Five of the most creative proposals won awards.', [[5, 'proposal']]],
    ['The three very large projects opened.', [[3, 'project']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('adverbs of time before a title are the data\'s', () => {
  it.each([
    ['Wang Wei is also vice chairman of the CPPCC Beijing Committee.', 'Wang Wei', [['vice chairman'], 'CPPCC Beijing Committee']],
    ['Wang Wei currently serves as vice chairman of the CPPCC Beijing Committee.', 'Wang Wei', [['vice chairman'], 'CPPCC Beijing Committee']],
    ['Wang Wei concurrently serves as vice chairman of the CPPCC Beijing Committee.', 'Wang Wei', [['vice chairman'], 'CPPCC Beijing Committee']],
    ['Wang Wei still serves as vice chairman of the CPPCC Beijing Committee.', 'Wang Wei', [['vice chairman'], 'CPPCC Beijing Committee']],
  ])('%s', (text, name, want) => expect(person(text, name)).toEqual(want))
})
