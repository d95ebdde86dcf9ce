import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Two forms English news pages write of persons (round 28, en dev 632, 637). Truth worked out by hand from GUIDE.md
// (org: the body of the title; credits are roles) and data/en-credits-after.tsv (a name, "/" and an agency: photographer).
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

const PAGE = "Delegates and members of the Shanghai Committee of the Chinese People's Political Consultative Conference (CPPCC) and the Shanghai People's Congress (SPC) announced their proposals."

describe("an acronym the page spells out, before a title, is that body's (SPC member X)", () => {
  it.each([
    [`${PAGE} SPC member Shen Qunhui suggested women's-only carriages.`, [['Shen Qunhui', ['member'], "Shanghai People's Congress", false]]],
    ["The Guangzhou Municipal People's Congress (GMPC) met. GMPC deputy Li Ming spoke.", [['Li Ming', ['deputy'], "Guangzhou Municipal People's Congress", false]]],
    // Controls: the CPPCC acronym still names the page's committee; an acronym the page does not spell out gives no body.
    [`${PAGE} CPPCC member Qin Na pointed out the problem.`, [['Qin Na', ['member'], "Shanghai Committee of the Chinese People's Political Consultative Conference", true]]],
    ["The Guangzhou Municipal People's Congress met. XYZ deputy Li Ming spoke.", [['Li Ming', ['deputy'], null, false]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

describe('a name on a line of its own, "/" and an agency, is a photo credit (Zhang Haifeng / Ti Gong)', () => {
  it.each([
    ['Members set off for Beijing.\nZhang Haifeng / Ti Gong\nThe members arrived.', [['Zhang Haifeng', ['photographer'], null, false]]],
    // …also under a headline with no full stop, which the page reads as one paragraph with it.
    ['Shanghai members take proposals to Beijing\nZhang Hao / Ti Gong\n\nThe members arrived.', [['Zhang Hao', ['photographer'], null, false]]],
    ['Members set off for Beijing.\nWang Rongjiang / Xinhua\n', [['Wang Rongjiang', ['photographer'], null, false]]],
    // …and with the agency's full name (round 28 review: no role when only the short form was a row).
    ['Members set off for Beijing.\nZhang Hao / Xinhua News Agency\n', [['Zhang Hao', ['photographer'], null, false]]],
    // Controls: a sentence after the name, the mark inside a sentence, and a line of section names.
    ['Members set off.\nWang Lin said the plan was good / Shanghai Daily\n', [['Wang Lin', [], null, false]]],
    ['Members set off.\nWang Lin / Shanghai Daily and more words here\n', [['Wang Lin', [], null, false]]],
    ['China / Politics\nMembers set off.', []],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

// …nor a title or a body after the mark, which is no agency (data/en-credit-agencies.tsv; round 28 review): the name before
// it is no photographer. Only that name is checked (the title line before Li Ming is another question).
describe('a name, "/" and a title or a body is no photo credit', () => {
  it.each([
    ['Zhang Hao / Vice Chairman\nLi Ming attended.', 'Zhang Hao'],
    ['Speakers:\nWang Lin\nLi Ming / Fudan University\n', 'Li Ming'],
  ])('%s', (text, name) => {
    expect(persons(text).find((p) => p[0] === name)?.[1]).toEqual([])
  })
})

// "Advisor" alone before a name, on a page of one CPPCC committee, is a title of that committee (en dev 632: 'CPPCC advisor
// Ding Daheng', 'Advisor Chen Fangyuan'; data/en-roles.tsv, cppcc page); of a firm it is no CPPCC title.
describe('advisor before a name is a title of the page\'s CPPCC committee', () => {
  const SH = "Members of the Shanghai Committee of the Chinese People's Political Consultative Conference (CPPCC) met."
  it.each([
    [`${SH} CPPCC advisor Ding Daheng made a proposal.`, [['Ding Daheng', ['advisor'], "Shanghai Committee of the Chinese People's Political Consultative Conference", true]]],
    [`${SH} Advisor Chen Fangyuan made a proposal.`, [['Chen Fangyuan', ['advisor'], "Shanghai Committee of the Chinese People's Political Consultative Conference", true]]],
    // Control: an advisor of a named university is that body's, no CPPCC member.
    [`${SH} Li Ming, an adviser to Fudan University, spoke.`, [['Li Ming', ['adviser'], 'Fudan University', false]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})
