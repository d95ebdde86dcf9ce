import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A title joined to the name by a dash with no space ("Chen Changyuan-Director of …", as pages translated from
// Chinese print the apposition: en dev 525): the title and its body are the name's, as after "X - Director of".
// Sentences by hand; controls: a hyphen inside a name or before another name gives no title.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org])

describe('English title after a dash with no space', () => {
  it.each([
    ['It is introduced by Chen Changyuan-Director of Proposal Office of Chenzhou Municipal Party Committee that the proposals are many.', ['Chen Changyuan', ['director'], 'Proposal Office of Chenzhou Municipal Party Committee']],
    ['Wang Lin-Vice Chairman of Chenzhou Municipal CPPCC presided over the meeting.', ['Wang Lin', ['vice chairman'], 'Chenzhou Municipal CPPCC']],
    ['Li Hong-Chairman of the Chenzhou Municipal Committee of the CPPCC made a speech.', ['Li Hong', ['chairman'], 'Chenzhou Municipal Committee of the CPPCC']],
  ])('%s', (text, want) => {
    expect(persons(text)).toContainEqual(want)
  })

  it.each([
    ['Leung Chun-ying attended the meeting.', ['Leung Chun-ying', [], null]],
    ['The Xi Jinping-Biden meeting was held in November.', ['Xi Jinping', [], null]],
  ])('control: %s', (text, want) => {
    expect(persons(text)).toContainEqual(want)
  })
})
