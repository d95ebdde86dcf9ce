import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A capacity in apposition opened by a bare "as" (X, as a member of …,) is a title only where its complement names a
// body or the CPPCC; a set phrase (a member of the public, the head of the family, a representative of the farmers)
// gives none (GUIDE.md: the titles the text gives). Review of round 12; constructed sentences, checked by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('English: a capacity after a bare "as" in apposition', () => {
  it.each([
    ['Zhang Wei, as a member of the public, asked the CPPCC National Committee for help.', [['Zhang Wei', [], null, false]]],
    ['Li Hong, as the head of the family, cares for her parents.', [['Li Hong', [], null, false]]],
    ['Wang Min, as a representative of the farmers, spoke at the CPPCC National Committee meeting.', [['Wang Min', [], null, false]]],
    // A body or the CPPCC in the complement: the title stays.
    ['Li Ming, as a member of the CPPCC National Committee, submitted a proposal.', [['Li Ming', ['member'], 'CPPCC National Committee', true]]],
    ['Li Ming, as a CPPCC member, submitted a proposal.', [['Li Ming', ['member'], null, true]]],
    ['Li Ming, who serves as a member of the CPPCC National Committee, submitted a proposal.', [['Li Ming', ['member'], 'CPPCC National Committee', true]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})
