import { describe, expect, it } from 'vitest'
import { enFigureWords } from '../../src/english/figure-words.js'
import { dataFiles, TsvRow } from '../../src/resources/data-files.js'

/**
 * Which magnitudes are whole words (several hundred thousand) and which abbreviations (bn, mln) is the data's form column
 * (data/en-figure-words.tsv, magnitude), not the word's length: a short whole word (lakh) reads after "several", a long
 * abbreviation does not. Reviewer's finding, round 26; truth by hand.
 * Controls: the shipped data (several hundred thousand: whole words; several bn: an abbreviation).
 */
const row = (...cells: string[]) => new TsvRow(cells, 'test', 1)
const few = (rows: TsvRow[], text: string) => { const re = enFigureWords(rows).fewMagnitude; re.lastIndex = 0; return re.exec(text)?.[0] ?? null }

describe('magnitude form', () => {
  it('a short whole word and a long abbreviation', () => {
    const rows = [row('several', 'few', '-'), row('lakh', 'magnitude', '100000', 'word'), row('billn', 'magnitude', '1000000000', 'abbreviation')]
    expect(few(rows, 'several lakh people')).toBe('several lakh')
    expect(few(rows, 'several billn yuan')).toBe(null)
  })
  it('a magnitude without its form is an error', () => {
    expect(() => enFigureWords([row('lakh', 'magnitude', '100000')])).toThrow(/form/)
  })
  it.each([
    ['several hundred thousand members', 'several hundred thousand'],
    ['several bn yuan', null],
  ])('control, shipped data: %s', (text, want) => expect(few(dataFiles.tsv('en-figure-words.tsv', 3), text)).toBe(want))
})
