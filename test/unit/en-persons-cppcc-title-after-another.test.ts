import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// "X, deputy director of the Y Commission, another CPPCC national committee member", "X, director of Y and a CPPCC
// member", "X, vice-chairman of Y and a delegate to the CPPCC": a CPPCC title with no listed body written AFTER a title of
// another body. The org is the body of the first CPPCC role (README: org), the page's CPPCC committee, as it already was
// where the CPPCC title comes first (CPPCC member and president of X); where the words name the national committee in
// lower case (CPPCC national committee member) the page's national committee, also on a page that names a provincial one
// too. Seen on en dev 364 (Ruan Shiwei) and 601 (Zhu Yilong); sentences written by hand, truth worked out by hand.
// Controls: a title of another body alone (no CPPCC word), a CPPCC title with its body written (member of the CPPCC
// Fujian Committee), a CPPCC title that makes no member (CPPCC spokesperson) after a firm's.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])
const NC = 'CPPCC National Committee'
const OPEN = 'The CPPCC National Committee opened its annual session in Beijing on Monday. '

describe('a CPPCC title after a title of another body', () => {
  it.each([
    [`${OPEN}Zhang Wei, director of the Beijing Municipal Health Commission and a CPPCC member, spoke at the meeting.`,
      [['Zhang Wei', ['director', 'member'], NC, true]]],
    [`${OPEN}Zhu Yilong, vice-chairman of the All China Federation of Returned Overseas Chinese and a delegate to the CPPCC, proposed moving the gala.`,
      [['Zhu Yilong', ['vice-chairman', 'delegate'], NC, true]]],
    [`${OPEN}The view was echoed by Ruan Shiwei, deputy director of Fujian Provincial Commission of Health and Family Planning, another CPPCC national committee member.`,
      [['Ruan Shiwei', ['deputy director', 'member'], NC, true]]],
    // Two CPPCC committees on the page: "national committee" picks the national one.
    ['The CPPCC National Committee opened its session. Cui Yuying, chairman of CPPCC Fujian Committee, spoke first. The view was echoed by Ruan Shiwei, deputy director of Fujian Provincial Commission of Health and Family Planning, another CPPCC national committee member.',
      [['Cui Yuying', ['chairman'], 'CPPCC Fujian Committee', true], ['Ruan Shiwei', ['deputy director', 'member'], NC, true]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: no CPPCC title without its body after the first', () => {
  it.each([
    [`${OPEN}Zhang Wei, director of the Beijing Municipal Health Commission, spoke at the meeting.`,
      [['Zhang Wei', ['director'], 'Beijing Municipal Health Commission', false]]],
    [`${OPEN}Li Ming, president of Peking University and a member of the CPPCC National Committee, said the plan works.`,
      [['Li Ming', ['president', 'member'], NC, true]]],
    ['The CPPCC National Committee opened its session. Cui Yuying, director of the Fujian Provincial Department of Finance and a member of the CPPCC Fujian Committee, spoke.',
      [['Cui Yuying', ['director', 'member'], 'CPPCC Fujian Committee', true]]],
    // A national title on a page that names only a local committee: not that one (review of round 30); the CPPCC role has
    // no body written, so the org is the first role's.
    ['The Fujian Provincial Committee of the CPPCC held a meeting on Monday. Ruan Shiwei, deputy director of Fujian Provincial Commission of Health and Family Planning, and a CPPCC national committee member, spoke.',
      [['Ruan Shiwei', ['deputy director', 'member'], 'Fujian Provincial Commission of Health and Family Planning', true]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
