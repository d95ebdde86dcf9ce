import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Hand-checked English sentences for the findings of the review of round 9: rules of that round that took too much.
// Truth by GUIDE.md's "English text"; the negatives are the reviewer's repros (commit c518d3b gave them right).
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('English titles of a CPPCC that no listed body names: only a place, an ordinal or a level word before it', () => {
  it.each([
    // Still an office holder or member: "of the CPPCC", a level word, an ordinal, a place before the word CPPCC.
    ['Liu Wenbiao, vice chairman of the CPPCC, spoke.', [['Liu Wenbiao', ['vice chairman'], null, true]]],
    ['As the chairman of District CPPCC, Wang Yonglei addressed all the attendants.', [['Wang Yonglei', ['chairman'], null, true]]],
    ['Li Ming, a member of the district CPPCC, spoke.', [['Li Ming', ['member'], null, true]]],
    ['Li Ming, vice chairman of the Provincial CPPCC, spoke.', [['Li Ming', ['vice chairman'], null, true]]],
    ['Li Ming, a member of the National CPPCC, spoke.', [['Li Ming', ['member'], null, true]]],
    // Not a member: other words between "of" and the word CPPCC (a delegation to it, a group of it).
    ['Zhang Wei, head of the delegation to the CPPCC, spoke.', [['Zhang Wei', ['head'], null, false]]],
    ['Li Ming, secretary of the working group of the CPPCC, spoke.', [['Li Ming', ['secretary'], null, false]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})
