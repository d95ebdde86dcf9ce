import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Names as Hong Kong and Macao romanise them (Cantonese spellings that are no pinyin surname: data/en-romanised-surnames.txt):
 * the surname and one or two short given words (Tam Kam Kau, Chan Yung, Ng Han Guan), and an English given name before
 * such a surname (Jonathan Choi, Eliza Chan; data/en-given-names.txt). Class of en dev 390, 408, 578, 588, 614 (round 26);
 * sentences written by hand, truth worked out by hand (README, Persons: the name as written).
 * Controls: the surname before another capitalised word (a longer proper noun), a given word the page writes in lower
 * case, a word that is an English verb, a list name after another capitalised word.
 */
const person = (t: string, name: string) => {
  const p = analyzer.analyze(t).persons.find((x) => x.name === name)
  return p ? [p.roles, p.org, p.cppccMember] : null
}
const names = (t: string) => analyzer.analyze(t).persons.map((p) => p.name)

describe('Hong Kong and Macao names', () => {
  it.each([
    ['Tam Kam Kau arrived at Changsha on October 19 with the delegation.', 'Tam Kam Kau', [[], null, false]],
    ['Besides meeting Chan Yung, Xia also met several Hong Kong members.', 'Chan Yung', [[], null, false]],
    ['Yeung Kwok Keung, a member of the CPPCC National Committee, spoke.', 'Yeung Kwok Keung', [['member'], 'CPPCC National Committee', true]],
    ['Chan Meng Kam, a member of the CPPCC National Committee, spoke.', 'Chan Meng Kam', [['member'], 'CPPCC National Committee', true]],
    ['Chairman Jonathan Choi (Deputy Director of the CPPCC National Committee) was excited.', 'Jonathan Choi', [['chairman', 'deputy director'], 'CPPCC National Committee', true]],
    ['The delegation headed by its president and vice director of the Committee for Cultural and Historical Data of CPPCC Tam Kam Kau arrived.', 'Tam Kam Kau', [['president', 'vice director'], 'Committee for Cultural and Historical Data of CPPCC', true]],
    ['Eliza Chan, a CPPCC National Committee member, attended the session.', 'Eliza Chan', [['member'], 'CPPCC National Committee', true]],
  ])('%s', (text, name, want) => expect(person(text, name)).toEqual(want))

  it('a photo credit in brackets', () => {
    expect(names('Members arrive in Beijing. (AP Photo/Ng Han Guan)')).toContain('Ng Han Guan')
  })
})

describe('control: not a name', () => {
  it.each([
    ['The Wong Tai Sin Hospital opened a new wing.', 'Wong Tai'],
    ['Sai Kung Chan Man Road was closed.', 'Chan Man'],
    ['Lam Said The Plan Works.', 'Lam Said'],
    ['Young people can tam kau there. Tam Kau spoke.', 'Tam Kau'],
  ])('%s', (text, name) => expect(names(text)).not.toContain(name))
})
