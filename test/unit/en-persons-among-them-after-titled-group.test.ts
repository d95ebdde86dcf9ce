import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// "… approved the list of members of the 14th CPPCC. Academician A and Professor B are among them." and "Twelve people
// were elected vice chairmen of X. A and B are among them.": the names of a sentence closed by "are among them" hold the
// plural title the sentence before gives, by an election or a roster (the list of members of …), besides their own titles
// (README: a role given once for a list of names belongs to each name). As "They are A, B …" already is (en 518). Seen on
// en dev 550 (Zhengzhou University); sentences written by hand, truth worked out by hand. Controls: a group with no title
// (600 people attended …), "among those who …" after a singular title.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])
const SH = 'Shanghai Municipal Committee of the CPPCC'
const OPEN = 'The Shanghai Municipal Committee of the CPPCC held its first session. '

describe('names "among them" after a titled group', () => {
  it.each([
    [`${OPEN}Twelve people were elected vice chairmen of the Shanghai Municipal Committee of the CPPCC. Li Ming and Wang Hua are among them.`, [
      ['Li Ming', ['vice chairman'], SH, true], ['Wang Hua', ['vice chairman'], SH, true]]],
    [`${OPEN}The standing committee approved the list of members of the Shanghai Municipal Committee of the CPPCC. Academician Li Ming and Professor Wang Hua are among them.`, [
      ['Li Ming', ['academician', 'member'], SH, true], ['Wang Hua', ['professor', 'member'], SH, true]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: no plural title in the sentence before', () => {
  it.each([
    [`${OPEN}More than 600 people attended the session. Li Ming and Wang Hua were among them.`, [['Li Ming', [], null, false], ['Wang Hua', [], null, false]]],
    [`${OPEN}Li Ming was elected chairman of the committee. Wang Hua and Zhao Gang were among those who congratulated him.`, [
      ['Li Ming', ['chairman'], SH, true], ['Wang Hua', [], null, false], ['Zhao Gang', [], null, false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
