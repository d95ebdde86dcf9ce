import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// At a CPPCC committee's session, one who speaks for a sector (界别发言) is a member of it, with no title written: "Xia Lie,
// representing the news and publishing sector, analyzed …", "Zhao Qunyun, who spoke for the China Democratic League, said …"
// (en dev 349). Sentences written by hand, truth worked out by hand. Controls: no CPPCC committee on the page; a sector
// written without a speaker's clause; "on behalf of the delegates" (no sector).
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])
const OPEN = 'The Hangzhou Municipal Committee of the CPPCC held its annual session on Monday. '

describe('a sector speaker at a CPPCC session is a member', () => {
  it.each([
    [`${OPEN}Li Ming, who spoke for the science and technology sector, proposed more investment.`, [['Li Ming', [], null, true]]],
    [`${OPEN}Wang Hua, who spoke for the China Democratic League, said the schools need care.`, [['Wang Hua', [], null, true]]],
    [`${OPEN}Zhao Gang, representing the news and publishing sector, analyzed the e-sports industry.`, [['Zhao Gang', [], null, true]]],
    [`${OPEN}Chen Jie, speaking on behalf of the agriculture sector, called for more support.`, [['Chen Jie', [], null, true]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

const members = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.cppccMember])

describe('control: no CPPCC committee, or no sector speaker', () => {
  it.each([
    ['The company held its annual meeting on Monday. Li Ming, who spoke for the science and technology sector, proposed more investment.', [['Li Ming', false]]],
    [`${OPEN}Li Ming said the science and technology sector needs more investment.`, [['Li Ming', false]]],
    [`${OPEN}Speaking on behalf of the delegates, Li Ming said he was happy.`, [['Li Ming', false]]],
    // Round 31 review point 2: "who spoke for the …" needs a sector word or a democratic party / group body in its span.
    [`${OPEN}Li Ming, who spoke for the first time at the session, said he was happy.`, [['Li Ming', false]]],
    [`${OPEN}Li Ming, who spoke for the company, said he was happy.`, [['Li Ming', false]]],
    [`${OPEN}Vice Mayor Li Ming, who spoke for the municipal government, said he was happy.`, [['Li Ming', false]]],
  ])('%s', (text, want) => expect(members(text)).toEqual(want))
})
