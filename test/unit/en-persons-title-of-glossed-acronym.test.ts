import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A title whose complement is only the acronym the page glosses a body with ("the All-China Federation of Returned Overseas
// Chinese (AFROC) … said Qiao Wei, vice chairman of AFROC"): that body is the title's org, as English news write a body
// once in full and then by its acronym (en 677). Sentences by hand.
const person = (t: string, name: string) => {
  const p = analyzer.analyze(t).persons.find((x) => x.name === name)
  return p && [p.roles, p.org, p.cppccMember]
}

describe('a title of a glossed acronym', () => {
  it.each([
    ["The National Committee of the Chinese People's Political Consultative Conference met. The All-China Federation of Returned Overseas Chinese (AFROC) will hold its congress, said Qiao Hua, vice chairman of AFROC, at a press conference.", 'Qiao Hua',
      [['vice chairman'], 'All-China Federation of Returned Overseas Chinese', false]],
    ['The All-China Federation of Trade Unions (ACFTU) held a meeting. Li Ming, vice chairman of the ACFTU, spoke.', 'Li Ming', [['vice chairman'], 'All-China Federation of Trade Unions', false]],
  ])('%s → %s', (text, name, want) => {
    expect(person(text, name)).toEqual(want)
  })

  // Controls: an acronym the page glosses no body with; the acronym followed by more words.
  it.each([
    ['The All-China Federation of Trade Unions (ACFTU) held a meeting. Li Ming, vice chairman of the UN, spoke.', 'Li Ming', [['vice chairman'], null, false]],
  ])('%s', (text, name, want) => {
    expect(person(text, name)).toEqual(want)
  })
})
