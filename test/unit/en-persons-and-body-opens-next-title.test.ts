import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A title chain whose next title is written body first after "and" (president of Fudan University and CPPCC National
 * Committee member; Deputy Director of the X Committee of the CPPCC National Committee and CPPCC National Committee Member):
 * the body after "and" opens the next title, no second body of the title before (README, Persons: roles are the titles the
 * text gives; org the first CPPCC role's body). Class of en dev 614 (round 26); sentences written by hand, truth by hand.
 * Controls: a title of two bodies joined by "and" (member of X and the Y, …) keeps both bodies and one role.
 */
const person = (t: string, name: string) => {
  const p = analyzer.analyze(t).persons.find((x) => x.name === name)
  return p ? [p.roles, p.org, p.cppccMember] : null
}

describe('a body after "and" that opens the next title', () => {
  it.each([
    ['Wang Jianguo, president of Fudan University and CPPCC National Committee member, was excited.', 'Wang Jianguo',
      [['president', 'member'], 'CPPCC National Committee', true]],
    ['Chairman Li Hua (Deputy Director of the Committee of Education, Science, Culture, Health and Sports of the CPPCC National Committee and CPPCC National Committee Member) spoke.', 'Li Hua',
      [['chairman', 'deputy director', 'member'], 'Committee of Education, Science, Culture, Health and Sports of the CPPCC National Committee', true]],
  ])('%s', (text, name, want) => expect(person(text, name)).toEqual(want))
})

describe('control: one title of two bodies', () => {
  it.each([
    ['Wang Jianguo, member of the CPPCC National Committee and the Central Committee of the CDL, vice chairman of the CDL, spoke.', 'Wang Jianguo',
      [['member', 'vice chairman'], 'CPPCC National Committee', true]],
    ['Zhao Min, a professor at Fudan University, spoke.', 'Zhao Min', [['professor'], 'Fudan University', false]],
  ])('%s', (text, name, want) => expect(person(text, name)).toEqual(want))
})
