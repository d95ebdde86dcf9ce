import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)
const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A report on a bureau's meeting with members names the bureau again by a word of its own before a title (局党组书记,
// 我局党组书记, 该局局长, 本局副局长): the title's org is the bureau named before it (a government department, GUIDE.md: org,
// the body of that role where the text says it; data/self-institution-words.tsv), no 政协 office. Expected values by hand;
// (page N) marks a dev page's sentence (1153 in traditional characters, as printed), the others were written for this test.
describe('persons: a title after the word by which a report names its bureau again', () => {
  it.each([
    // (page 1153)
    ['市政協副主席吳婕帶領部分市政協委員到孝感市房管局協商。座談會上,局黨組書記、局長萬建明代表局黨組匯報了我局2件提案的辦理情況。', '万建明', ['党组书记', '局长'], '孝感市房管局', false],
    ['市政协副主席到泉州市民政局开展对口协商。座谈会上,我局党组书记、局长陈明介绍了工作情况。', '陈明', ['党组书记', '局长'], '泉州市民政局', false],
    ['区政协委员来到海曙区交通运输局。该局局长王海波汇报了提案办理情况。', '王海波', ['局长'], '海曙区交通运输局', false],
  ])('%s → %s', (text, name, roles, org, cppccMember) => {
    expect(person(text, name)).toMatchObject({ roles, org, cppccMember })
  })

  it('no new body: the word is a further mention of the bureau', () => {
    const text = '市政协副主席到泉州市民政局开展对口协商。座谈会上,我局党组书记、局长陈明介绍了工作情况。'
    expect(bodies(text).filter((n) => n.endsWith('局'))).toEqual(['泉州市民政局'])
  })

  it.each([
    // no bureau named before the word: no body, and no 政协 office either way
    ['市政协副主席李华到会指导。局党组书记陈明介绍了情况。', '陈明'],
    // a 政协's own 党组书记 is not one of a bureau
    ['委员们到泉州市民政局视察。市政协党组书记、主席王强讲话。', '王强'],
  ])('%s: %s has no bureau', (text, name) => {
    expect(person(text, name)?.org ?? '').not.toMatch(/局$/)
  })
})
