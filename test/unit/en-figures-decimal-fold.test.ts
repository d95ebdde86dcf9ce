import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A multiple with decimals (2.5-fold, 1.5 fold) is one figure of the whole number, counted in folds: the digits before the
 * point were read apart and "5-fold" taken for the multiple (value 5 for 2.5-fold), and a space before "fold" was no
 * multiple at all. Class of the brief's list (times "x-fold"); sentences of our own. Controls: whole multiples written as one
 * word, with a hyphen or a space keep their reading; "the fold" (no number) gives nothing.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('a multiple with decimals is one figure', () => {
  it.each([
    ['Output of the county grew 2.5-fold last year.', [['2.5-fold', 2.5, 'fold', null]]],
    ['Exports rose 1.5 fold after the new port opened.', [['1.5 fold', 1.5, 'fold', null]]],
    ['Investment in rural schools rose 3.2-fold, the report said.', [['3.2-fold', 3.2, 'fold', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls: whole multiples and a fold with no number', () => {
  it.each([
    ['Exports rose fourfold and imports rose ten-fold.', [['fourfold', 4, 'fold', null], ['ten-fold', 10, 'fold', null]]],
    ['Output rose 3 fold and sales rose 10-fold.', [['3 fold', 3, 'fold', null], ['10-fold', 10, 'fold', null]]],
    ['The members brought the young entrepreneurs into the fold.', []],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
