import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const roles = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)?.roles

// Hand-checked after the round 29 review: a title after a copula that owns what follows (the mayor's guest) is another
// person's, none of the subject's; a title the subject holds stays (would be the mayor of Fuzhou).
describe('en persons: a title before a possessive is no role', () => {
  it.each<[string, string[]]>([
    ["Li Ming would be the mayor's guest at the dinner.", []],
    ["Li Ming is the mayor's guest at the dinner.", []],
    ['Li Ming would be the mayor of Fuzhou.', ['mayor']],
  ])('%s', (text, expected) => {
    expect(roles(text, 'Li Ming') ?? []).toEqual(expected)
  })
})
