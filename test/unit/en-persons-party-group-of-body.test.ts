import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A title of a body's party group written in lower case between the title and the body ("president and secretary of
// the Party leadership group of Beijing Women's Federation", en 490; "the leading Party members' group of …"): the
// group is the body's own organ (kept under it, as 464's Leading Party Members' Group and 341's Party Leadership Group),
// so the person's org is that body (GUIDE.md: org the body of the role). Sentences written by hand.
const person = (t: string, name: string) => {
  const p = analyzer.analyze(t).persons.find((x) => x.name === name)
  return p && { roles: p.roles, org: p.org }
}

describe("English titles of a body's party group", () => {
  it.each([
    ["Ma Hong, president and secretary of the Party leadership group of Tianjin Women's Federation, said the federation would help families.", 'Ma Hong',
      { roles: ['president', 'secretary'], org: "Tianjin Women's Federation" }],
    ['Liu Bo, secretary of the leading Party members\' group of the Nanjing Federation of Industry and Commerce, attended.', 'Liu Bo',
      { roles: ['secretary'], org: 'Nanjing Federation of Industry and Commerce' }],
    ['Chen Ke, deputy secretary of the party group of the Wuxi Municipal Committee of the CPPCC, visited a school.', 'Chen Ke',
      { roles: ['deputy secretary'], org: 'Wuxi Municipal Committee of the CPPCC' }],
  ])('%s', (text, name, want) => {
    expect(person(text, name)).toEqual(want)
  })

  // Control: a title of a group that belongs to no body written stays without org.
  it.each([
    ['Zhou Fang, head of the leading group, spoke in Suzhou.', 'Zhou Fang', { roles: ['head'], org: null }],
  ])('control: %s', (text, name, want) => {
    expect(person(text, name)).toEqual(want)
  })
})
