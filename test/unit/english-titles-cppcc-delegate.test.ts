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
