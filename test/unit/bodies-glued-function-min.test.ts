import { describe, expect, it } from 'vitest'
import { resources } from '../helpers.js'
import { GLUED_BEFORE, gluedFunction } from '../../src/committees/heads.js'

// One reader of a preposition glued into an unknown word before a body's name (data/function-words.tsv, glued-to-body):
// three units or more by default (及杏滨/x + 街道…), two where a party's short form of one unit follows the preposition
// (及社/x + 玉溪市委, extract.ts; dev 617). Round 28 review. Expected values by hand.
describe('gluedFunction: a minimum length', () => {
  const lex = resources.bodies
  const word = (start: number, end: number) => ({ start, end, pos: 'x' })
  it.each([
    ['及杏滨街道', 0, 3, undefined, GLUED_BEFORE],
    ['及社玉溪市委', 0, 2, undefined, null],
    ['及社玉溪市委', 0, 2, 2, GLUED_BEFORE],
    ['社区玉溪市委', 0, 2, 2, null],
  ] as const)('%s [%i, %i) min %s → %s', (text, start, end, min, want) => {
    expect(gluedFunction(lex, text, word(start, end), min)).toBe(want)
  })
})
