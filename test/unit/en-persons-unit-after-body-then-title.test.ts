import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A unit of a listed body written in capitalised words right after it (a school or college of a university no list names)
// before the next title of the chain: the chain reads through it (en 633 'Qian Yingyi, dean of Tsinghua University School
// of Economics and Management and also a CPPCC National Committee member'); org the CPPCC role's body (GUIDE: the body of
// the first CPPCC role). Sentences by hand.
const person = (t: string, name: string) => {
  const p = analyzer.analyze(t).persons.find((x) => x.name === name)
  return p && [p.roles, p.org, p.cppccMember]
}

describe('a unit after a body, then the next title', () => {
  it.each([
    ['Jobs matter, according to Qian Ming, dean of Tsinghua University School of Economics and Management and also a CPPCC National Committee member.', 'Qian Ming', [['dean', 'member'], 'CPPCC National Committee', true]],
    ['Zhang Hua, president of Fudan University Medical College and a member of the CPPCC Shanghai Municipal Committee, said.', 'Zhang Hua', [['president', 'member'], 'CPPCC Shanghai Municipal Committee', true]],
    ['Liu Fang, director of Peking University Law School and a CPPCC National Committee member, said.', 'Liu Fang', [['director', 'member'], 'CPPCC National Committee', true]],
  ])('%s → %s', (text, name, want) => {
    expect(person(text, name)).toEqual(want)
  })

  // Controls: no next title after the unit (the chain ends at the body); a name after the body is no unit.
  it.each([
    ['Liu Fang, director of Peking University Law School, said.', 'Liu Fang', [['director'], 'Peking University', false]],
    ['Liu Fang, director of Peking University, and Wang Tao attended.', 'Wang Tao', [[], null, false]],
  ])('%s', (text, name, want) => {
    expect(person(text, name)).toEqual(want)
  })
})
