import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Titles and org of English persons in chains and clauses (test/fixtures/en 288, 404, 406, 408, 409): the org is
// the body of the first CPPCC role (GUIDE.md), titles given by an election clause with a day before the verb, by
// "who had served as", and a title before the name of a party committee after its region. Sentences by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('English titles in chains and clauses', () => {
  it.each([
    ['Zhang Baowen was on Thursday elected chairman of the Central Committee of the China Democratic League.', ['Zhang Baowen', ['chairman'], 'Central Committee of the China Democratic League', false]],
    ['Jiang Shusheng, who had served as chairman of the China Democratic League since 2005, retired.', ['Jiang Shusheng', ['chairman'], 'China Democratic League', false]], // a party without level is no body (round 14), but a leader's title names it as org, as the gold of en 661 (Zhou Tienong) and 689 do (round 31)
    ['Vice Chairman of the Dalian Municipal Jiusan Society Committee Guan Zhihong attended the meeting.', ['Guan Zhihong', ['vice chairman'], 'Dalian Municipal Jiusan Society Committee', false]],
    ['Executive Vice Governor of Hunan Chen Zhaoxiong met the delegation.', ['Chen Zhaoxiong', ['executive vice governor'], null, false]],
    ['Li Bin, vice chairman of the CPPCC National Committee, chairman of the China Democratic League Central Committee, spoke at the forum.', ['Li Bin', ['vice chairman', 'chairman'], 'CPPCC National Committee', true]],
    ['Zhang Hua, a member of the CPPCC National Committee and president of Sichuan University, made a proposal.', ['Zhang Hua', ['member', 'president'], 'CPPCC National Committee', true]],
  ])('%s', (text, want) => {
    expect(persons(text)).toContainEqual(want)
  })

  // "CPPCC member and president of X": the first role is a CPPCC one with no body written, so the org is the page's
  // CPPCC committee, not X (288).
  it('keeps the page CPPCC committee as org after a bare CPPCC title', () => {
    const text = 'The CPPCC National Committee opened its session. Zhou Hong, CPPCC member and president of the China Law Society, spoke.'
    expect(persons(text)).toContainEqual(['Zhou Hong', ['member', 'president'], 'CPPCC National Committee', true])
  })

  // A title given by "remove X from the post of" (414): test/unit/english-titles-removed-from-post.test.ts.
  it('reads the post a person is removed from', () => {
    expect(persons('The meeting approved a decision to remove Chu Ping from the post of vice director of the economic committee of the CPPCC National Committee.')).toContainEqual(['Chu Ping', ['vice director'], 'economic committee of the CPPCC National Committee', true])
  })
})
