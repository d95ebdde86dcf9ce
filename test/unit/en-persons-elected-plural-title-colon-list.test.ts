import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A plural title given by an election and closed by a colon opens the list of its holders ("23 people were elected
// vice-chairpersons of the CPPCC National Committee: A, B, C and D"; "The session elected the vice chairmen of the
// committee: A, B and C"): each name of the list holds it (README: a role given once for a list of names belongs to each
// name). As "They are A, B …" after such a sentence already is (en 518). Sentences written by hand; truth worked out by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])
const SH = 'Shanghai Municipal Committee of the CPPCC'
const OPEN = 'The Shanghai Municipal Committee of the CPPCC held its first session. '

describe('an elected plural title before a colon', () => {
  it.each([
    ['The first session of the 14th CPPCC National Committee closed in Beijing. Twenty-three people were elected vice-chairpersons of the CPPCC National Committee: Shi Taifeng, Hu Chunhua, Shen Yueyue and Wang Yong.', [
      ['Shi Taifeng', ['vice-chairperson'], 'CPPCC National Committee', true],
      ['Hu Chunhua', ['vice-chairperson'], 'CPPCC National Committee', true],
      ['Shen Yueyue', ['vice-chairperson'], 'CPPCC National Committee', true],
      ['Wang Yong', ['vice-chairperson'], 'CPPCC National Committee', true],
    ]],
    [`${OPEN}The following were elected vice chairmen of the Shanghai Municipal Committee of the CPPCC: Li Ming, Wang Hua and Zhao Gang.`, [
      ['Li Ming', ['vice chairman'], SH, true], ['Wang Hua', ['vice chairman'], SH, true], ['Zhao Gang', ['vice chairman'], SH, true],
    ]],
    [`${OPEN}The session elected the vice chairmen of the committee: Li Ming, Wang Hua and Zhao Gang.`, [
      ['Li Ming', ['vice chairman'], SH, true], ['Wang Hua', ['vice chairman'], SH, true], ['Zhao Gang', ['vice chairman'], SH, true],
    ]],
    [`${OPEN}Among those elected were three vice chairmen: Li Ming, Wang Hua and Zhao Gang.`, [
      ['Li Ming', ['vice chairman'], SH, true], ['Wang Hua', ['vice chairman'], SH, true], ['Zhao Gang', ['vice chairman'], SH, true],
    ]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: a singular title, or none, before the colon', () => {
  it.each([
    [`${OPEN}Li Ming was elected chairman of the committee: Wang Hua and Zhao Gang congratulated him.`, [
      ['Li Ming', ['chairman'], SH, true], ['Wang Hua', [], null, false], ['Zhao Gang', [], null, false]]],
    [`${OPEN}The members elected the following: Li Ming, Wang Hua and Zhao Gang.`, [
      ['Li Ming', [], null, false], ['Wang Hua', [], null, false], ['Zhao Gang', [], null, false]]],
    [`${OPEN}Li Ming was elected chairman of the committee, Wang Hua vice chairman.`, [['Li Ming', ['chairman'], SH, true], ['Wang Hua', [], null, false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
