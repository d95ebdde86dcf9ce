import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A relative clause "who (later/then) became TITLE of BODY" in apposition after a name gives the name that title, as
// "who is", "who was" and "who serves as" already do (README: roles are the titles written next to the name, right
// after it too). Sentences written by hand; truth worked out by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])
const LN = 'Liaoning Provincial Committee of the CPPCC'

describe('who became TITLE after a name', () => {
  it.each([
    ['Li Ming, who became chairman of the Liaoning Provincial Committee of the CPPCC in 2003, spoke at the meeting.', [['Li Ming', ['chairman'], LN, true]]],
    ['Li Ming, who later became vice chairman of the CPPCC National Committee, retired in 2008.', [['Li Ming', ['vice chairman'], 'CPPCC National Committee', true]]],
    ['Wang Hua, who then became a member of the CPPCC National Committee, spoke.', [['Wang Hua', ['member'], 'CPPCC National Committee', true]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: who became no title', () => {
  it.each([
    ['Li Ming, who became famous in 1990, spoke to the Liaoning Provincial Committee of the CPPCC.', [['Li Ming', [], null, false]]],
    ['Li Ming, who became ill last year, did not attend the session of the CPPCC National Committee.', [['Li Ming', [], null, false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
