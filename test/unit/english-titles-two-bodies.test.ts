import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A title of two bodies joined by "and" ("a member of the CPPCC National Committee and the Central Committee of the
// China Democratic League") does not end the chain of titles after a name: the titles after the second body are the
// name's too (en dev 528: 'Jin Shi, a member of CPPCC National Committee and the Central Committee of the China
// Democratic League (CDL), Vice Chairman of … and Vice President of …'). org: the first CPPCC role's body (README).
// Truth worked out by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('English titles after a title of two bodies', () => {
  it.each([
    ['Jin Shi, a member of the CPPCC National Committee and the Central Committee of the China Democratic League, vice chairman of the CDL Jiangsu Provincial Committee and vice president of Southeast University, attended.',
      [['Jin Shi', ['member', 'vice chairman', 'vice president'], 'CPPCC National Committee', true]]],
    ['Also present was Jin Shi, a member of CPPCC National Committee and the Central Committee of the China Democratic League (CDL), Vice Chairman of the CDL Jiangsu Provincial Committee and Vice President of Southeast University.',
      [['Jin Shi', ['member', 'vice chairman', 'vice president'], 'CPPCC National Committee', true]]],
    // The CPPCC written second is the org of the shared title all the same.
    ['Wang Ming, a member of the Central Committee of the China Democratic League and the CPPCC National Committee, president of Nanjing University, spoke.',
      [['Wang Ming', ['member', 'president'], 'CPPCC National Committee', true]]],
    // Controls: a second body that runs into a name is no part of the first name's titles; one body, as before.
    ['The meeting was chaired by Li Ming, vice chairman of the CPPCC Jiangsu Provincial Committee and the CDL Jiangsu Provincial Committee Wang Hua attended.',
      [['Li Ming', ['vice chairman'], 'CPPCC Jiangsu Provincial Committee', true], ['Wang Hua', [], null, false]]],
    ['Li Ming, a member of the CPPCC National Committee, spoke.', [['Li Ming', ['member'], 'CPPCC National Committee', true]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})
