import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "the two bodies" in two-sessions news names the NPC and the CPPCC (the annual sessions of the two bodies), as 两地 alone
 * names two places in the Chinese lists: a set phrase, no count (data/en-figure-words.tsv, kind `phrase`). Class seen on
 * en dev 506 (a CGTN report on the handling of suggestions and proposals, written twice); the other rows written here.
 * Controls: bodies counted without "the" (set up two bodies), and other counts in the same sentence.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('the two bodies: no figure', () => {
  it.each([
    ['The annual sessions of the two bodies open next week in Beijing.', []],
    ['In 2017, the two bodies were reported to have received thousands of motions and proposals.', [[1000, 'motion', 'about']]],
    ['The State Council handled 7,471 suggestions since the annual sessions of the two bodies in March last year.', [[7471, 'suggestion', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls: bodies counted', () => {
  it.each([
    ['The province set up two bodies to oversee the reform.', [[2, 'body', null]]],
    ['Three new bodies were added to the commission.', [[3, 'body', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
