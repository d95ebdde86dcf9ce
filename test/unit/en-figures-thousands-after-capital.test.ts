import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A capitalised word right before a number names it (Shenzhou 17, Boeing 737), but not digits written with a thousands
 * comma, which no name writes: "and the CPPCC 2,172 members" (a verb left out after its subject), "In Beijing 2,000
 * residents" count. Class found by the English probes of round 27 (issue #15); rows written here by hand. Before: no
 * figure. Controls: names with a number, a label before a comma number.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('a number with a thousands comma after a capitalised word counts', () => {
  it.each([
    ['The NPC has 2,977 deputies, and the CPPCC 2,172 members.', [[2977, 'deputy', null], [2172, 'member', null]]],
    ['In Beijing 2,000 residents took part in the hearing.', [[2000, 'resident', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The Shenzhou 17 crew returned safely.', []],
    ['He flew a Boeing 737 to Beijing.', []],
    ['Article 1,234 of the code was revised.', []],
    ['The NPC had 2,977 deputies and the CPPCC had 2,172 members.', [[2977, 'deputy', null], [2172, 'member', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
