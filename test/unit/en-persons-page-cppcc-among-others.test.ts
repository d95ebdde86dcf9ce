import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A title of the page's CPPCC committee written without its body (executive chairmen of the closing ceremony; README:
// a bare title in a report about a 政协 belongs to that 政协) takes the page's committee also where the page names
// another in passing: the committee it names first and more often than each other (en dev 517: a city session whose
// report names the CPPCC National Committee once). A title of a lower-case complement with no article (standing member
// of provincial committee: 省委常委, a body no list names) is no CPPCC title of the page. Sentences by hand.
const person = (t: string, name: string) => analyzer.analyze(t).persons.find((p) => p.name === name)

const CITY = 'The fourth session of the 12th CPPCC Zhoushan Municipal Committee closed yesterday. '
const OTHER = ' Former members of the CPPCC National Committee attended the meeting.'

describe("the page's CPPCC committee beside another named in passing", () => {
  it.each([
    [`${CITY}The executive chairmen of the closing ceremony were Li Wancai, Ai Hongde and Zhang Chuanji. The CPPCC Zhoushan Municipal Committee approved its report.${OTHER}`, 'Ai Hongde'],
    [`${CITY}The executive chairmen of the closing ceremony were Li Wancai, Ai Hongde and Zhang Chuanji. The CPPCC Zhoushan Municipal Committee approved its report.${OTHER}`, 'Zhang Chuanji'],
    [`${CITY}The CPPCC Zhoushan Municipal Committee approved its report. Executive Chairman Wu Hao presided over the meeting.${OTHER}`, 'Wu Hao'],
  ])('%s → %s', (text, name) => {
    expect(person(text, name)?.org).toBe('CPPCC Zhoushan Municipal Committee')
    expect(person(text, name)?.cppccMember).toBe(true)
  })

  // Controls: two committees named as often (a joint meeting), or the other named first, leave the title without a body;
  // a title of "provincial committee" (lower case, no article) is not the page's CPPCC's.
  it.each([
    ['The CPPCC Zhoushan Municipal Committee and the CPPCC Ningbo Municipal Committee held a joint meeting. Executive Chairman Wu Hao presided over the meeting.', 'Wu Hao', null, false],
    [`Former members of the CPPCC National Committee attended. ${CITY}Executive Chairman Wu Hao presided over the meeting.`, 'Wu Hao', null, false],
    [`${CITY}The CPPCC Zhoushan Municipal Committee approved its report. Tang Jun, standing member of provincial committee and the municipal party secretary, attended.${OTHER}`, 'Tang Jun', null, false],
  ])('%s', (text, name, org, member) => {
    expect(person(text, name)?.org ?? null).toBe(org)
    expect(person(text, name)?.cppccMember).toBe(member)
  })
})
