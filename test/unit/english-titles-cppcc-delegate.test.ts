import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// "a delegate to the CPPCC", "CPPCC delegate X": a delegate of a CPPCC committee is its member (the gold of en 588, 589 ×3,
// 601 ×2, 602 marks them cppccMember, org the CPPCC where the title names it, also after another title of another body:
// GUIDE.md, org of the first CPPCC role); a delegate to a people's congress is none. Truth by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('English titles: a CPPCC delegate is a CPPCC member', () => {
  it.each([
    ["Ma Jianguo, a delegate to the Chinese People's Political Consultative Conference, suggested a special identity card.", [['Ma Jianguo', ['delegate'], "Chinese People's Political Consultative Conference", true]]],
    ["Zhu Yilong, vice-chairman of the All China Federation of Returned Overseas Chinese and a delegate to the Chinese People's Political Consultative Conference, proposed moving the gala.", [['Zhu Yilong', ['vice-chairman', 'delegate'], "Chinese People's Political Consultative Conference", true]]],
    ['James Tien, a delegate to the CPPCC National Committee, said he would attend.', [['James Tien', ['delegate'], 'CPPCC National Committee', true]]],
    // Controls: a delegate to a congress, and a deputy, are no CPPCC members.
    ["Sun Mingnan was elected a delegate to the People's Congress of Dalian.", [['Sun Mingnan', ['delegate'], "People's Congress of Dalian", false]]],
    ["Wu Donglan, a deputy to the National People's Congress, proposed the change.", [['Wu Donglan', ['deputy'], "National People's Congress", false]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

// "CPPCC delegate Zhang Lihui" with no body written after the title: the word CPPCC names the page's CPPCC as its body, as it
// does for "CPPCC member X" (en dev 602's gold: org the Chinese People's Political Consultative Conference). Truth by hand.
describe('English titles: a title after the word CPPCC takes the page\'s CPPCC', () => {
  it.each([
    ["The Chinese People's Political Consultative Conference opened its session. CPPCC delegate Zhang Lihui said three years of leave would help.", [['Zhang Lihui', ['delegate'], "Chinese People's Political Consultative Conference", true]]],
    ["The Chinese People's Political Consultative Conference opened its session. CPPCC member Wang Lin said the plan would help.", [['Wang Lin', ['member'], "Chinese People's Political Consultative Conference", true]]],
    // Controls: a delegate written after NPC is the congress's, no member; a bare delegate takes no body.
    ["The National People's Congress opened its session. NPC delegate Feng Qiya said the exam should return.", [['Feng Qiya', ['delegate'], "National People's Congress", false]]],
    ["The Chinese People's Political Consultative Conference opened its session. Delegate Xiong Shuilong argued for a new week.", [['Xiong Shuilong', ['delegate'], null, false]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})
