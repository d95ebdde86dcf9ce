import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "billions of yuan", "tens of billions of dollars", "trillions of yuan": plurals of a round number above the millions
 * count about that many, as "millions of" and "hundreds of millions of" do (数十亿, 数百亿 in the Chinese lists;
 * data/en-figure-words.tsv, kind vague). Class found by the English probes of round 27 (issue #15); rows written here by
 * hand. Before: no figure, or "Billions" read as 0. Controls: the lower plurals keep their values; "the billions" with no
 * "of" counts nothing.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('billions of, tens of billions of, trillions of', () => {
  it.each([
    ['Local governments have spent billions of yuan on the project.', [[1e9, '元', 'about']]],
    ['Billions of dollars flowed into the sector.', [[1e9, '美元', 'about']]],
    ['Tens of billions of yuan were invested in rural roads.', [[1e10, '元', 'about']]],
    ['The plan will cost hundreds of billions of yuan.', [[1e11, '元', 'about']]],
    ['Trillions of yuan sit in household deposits.', [[1e12, '元', 'about']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['Officials spent millions of yuan.', [[1e6, '元', 'about']]],
    ['It cost hundreds of millions of yuan.', [[1e8, '元', 'about']]],
    ['The billions were spent on roads.', []],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
