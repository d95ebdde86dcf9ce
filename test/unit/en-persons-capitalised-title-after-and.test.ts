import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A chain of titles whose last one follows ", and" or "and also" written with capitals, as translated provincial pages
// print them ("member of the Standing Committee of X, Minister of Y, and Deputy Secretary of Z", en 488; "secretary of
// the Leading Party Members' Group and also Vice Chairman of the ACFIC", en 494): the last title is the same person's
// (GUIDE.md: roles are the titles the text gives; org the body of the first CPPCC role, else of the first role).
// Sentences written by hand; truth worked out by hand.
const person = (t: string, name: string) => {
  const p = analyzer.analyze(t).persons.find((x) => x.name === name)
  return p && { roles: p.roles, org: p.org, cppccMember: p.cppccMember }
}

describe('English titles joined by a capitalised ", and" or "and also"', () => {
  it.each([
    ['Zhao Min, Minister of the United Front Work Department of the Jilin Provincial Party Committee, and Vice Chairman of the Jilin Provincial Committee of the CPPCC, attended.', 'Zhao Min',
      { roles: ['minister', 'vice chairman'], org: 'Jilin Provincial Committee of the CPPCC', cppccMember: true }],
    ['Qian Lu, secretary of the Party Leadership Group and also Vice Chairman of the All-China Federation of Industry and Commerce, chaired the meeting.', 'Qian Lu',
      { roles: ['secretary', 'vice chairman'], org: 'All-China Federation of Industry and Commerce', cppccMember: false }],
    ['Sun Yu, Chairman of the Guangdong Provincial Committee of the China Democratic League, and Member of the Standing Committee of the CPPCC Guangdong Committee, spoke.', 'Sun Yu',
      { roles: ['chairman', 'member'], org: 'CPPCC Guangdong Committee', cppccMember: true }],
  ])('%s', (text, name, want) => {
    expect(person(text, name)).toEqual(want)
  })

  // Controls: ", and" before a further name begins that person's item; a title right before a name is that name's.
  it.each([
    ['Zhao Min, Chairman of the Jilin Provincial Committee of the CPPCC, and Wang Hua spoke at the meeting.', 'Zhao Min',
      { roles: ['chairman'], org: 'Jilin Provincial Committee of the CPPCC', cppccMember: true }],
    ['Zhao Min, Chairman of the Jilin Provincial Committee of the CPPCC, and Vice Chairman Wang Hua spoke at the meeting.', 'Wang Hua',
      { roles: ['vice chairman'], org: 'Jilin Provincial Committee of the CPPCC', cppccMember: true }],
    ['Zhao Min, Chairman of the Jilin Provincial Committee of the CPPCC, and Vice Chairman Wang Hua spoke at the meeting.', 'Zhao Min',
      { roles: ['chairman'], org: 'Jilin Provincial Committee of the CPPCC', cppccMember: true }],
  ])('control: %s (%s)', (text, name, want) => {
    expect(person(text, name)).toEqual(want)
  })
})
