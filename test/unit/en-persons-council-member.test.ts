import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A council member (理事) of an association or federation, with the modifiers a title takes (honorary council member,
// 名誉理事; standing council member, 常务理事): a title of its own, the association its body. Before, the title was no
// title, and in a list of guests "A, writer and honorary council member of X, B, President of Y" its word "member" went
// to B (en dev 626). Sentences written by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org])

describe('council member as a title', () => {
  it.each([
    ['Guests included Feng Jicai, honorary council member of the China Federation of Literary and Art Circles, and Chi Fulin, President of the China Institute for Reform and Development.',
      [['Feng Jicai', ['honorary council member'], 'China Federation of Literary and Art Circles'], ['Chi Fulin', ['president'], 'China Institute for Reform and Development']]],
    ['Wang Lin, a council member of the China Writers Association, spoke at the meeting.', [['Wang Lin', ['council member'], 'China Writers Association']]],
    ['Li Hua, standing council member of the All-China Federation of Industry and Commerce, attended.', [['Li Hua', ['standing council member'], 'All-China Federation of Industry and Commerce']]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })

  // Controls: the council as a body, not a title; a member of a body still a member.
  it.each([
    ['Zhang Wei spoke to the council about the plan.', [['Zhang Wei', [], null]]],
    ['Zhao Lei, a member of the China Federation of Literary and Art Circles, spoke.', [['Zhao Lei', ['member'], 'China Federation of Literary and Art Circles']]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})
