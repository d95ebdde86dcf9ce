import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A hyphened title printed with a space or a line break after its hyphen (vice- chairman, secretary- general), as text
 * copied from a page that split the word at a line's end writes it: the title as the role list keys it (vice-chairman).
 * Class of en dev 630 (round 27); sentences written by hand, truth worked out by hand (README, Persons).
 * Controls: the title written whole, a hyphen-space in a word that is no title, a hyphen before a paragraph break.
 */
const person = (t: string, name: string) => {
  const p = analyzer.analyze(t).persons.find((x) => x.name === name)
  return p ? [p.roles, p.org, p.cppccMember] : null
}

describe('a title split after its hyphen', () => {
  it.each([
    ["Chen Zhaofeng, former vice- chairman of the Standing Committee of the Chuzhou Municipal People's Congress, was sentenced.", 'Chen Zhaofeng',
      [['former vice-chairman'], "Standing Committee of the Chuzhou Municipal People's Congress", false]],
    ['Li Ming, vice- chairman of the CPPCC National Committee, attended.', 'Li Ming', [['vice-chairman'], 'CPPCC National Committee', true]],
    ['Li Ming, deputy secretary-\ngeneral of the CPPCC National Committee, attended.', 'Li Ming', [['deputy secretary-general'], 'CPPCC National Committee', true]],
    ['Vice- chairman Li Ming attended the meeting of the CPPCC National Committee.', 'Li Ming', [['vice-chairman'], 'CPPCC National Committee', true]],
  ])('%s', (text, name, want) => expect(person(text, name)).toEqual(want))
})

describe('control: no split title', () => {
  it.each([
    ['Li Ming, vice-chairman of the CPPCC National Committee, attended.', 'Li Ming', [['vice-chairman'], 'CPPCC National Committee', true]],
    ['Li Ming, a pro- reform writer, spoke.', 'Li Ming', [[], null, false]],
    ['Li Ming, vice-\n\nchairman of the CPPCC National Committee, attended.', 'Li Ming', [[], null, false]],
  ])('%s', (text, name, want) => expect(person(text, name)).toEqual(want))
})
