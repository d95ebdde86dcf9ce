import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A name inside the subject's noun phrase, after "by" or "of" with a word before it (The team led by Li Hong, the son
// of Li Hong), is not the subject the clause's title goes to (GUIDE.md: the titles the text gives the person). Review of
// round 12; constructed sentences, checked by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('English: no title for a name inside the subject phrase', () => {
  it.each([
    ['The team led by Li Hong was chosen as a representative of the CPPCC National Committee.', [['Li Hong', [], null, false]]],
    ['A village run by Li Hong was added as a member of the alliance.', [['Li Hong', [], null, false]]],
    ['The company founded by Zhang Wei was named a member of the CPPCC National Committee.', [['Zhang Wei', [], null, false]]],
    ['The son of Li Hong was elected as a member of the CPPCC National Committee.', [['Li Hong', [], null, false]]],
    // The name itself the subject: the title stays.
    ['Li Hong was chosen as a representative of the CPPCC National Committee.', [['Li Hong', ['representative'], 'CPPCC National Committee', true]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})
