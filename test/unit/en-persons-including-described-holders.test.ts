import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A plural title, "including" and a description of its holders before the list (six vice chairmen, including noted local
 * businessmen like A and B; members including prominent entrepreneurs such as A): each name of the list holds the
 * title, as after a bare "including" (README: a role given once for a list of names belongs to each name).
 * Class of en dev 625 (round 27); sentences written by hand, truth worked out by hand.
 * A group of an institution no list names, the subject of its sentence (The chamber has six vice chairmen, including …), is
 * not the page's CPPCC committee's.
 * Controls: "including" after no title (guests including …), a name with a title of its own in the list.
 */
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])
const NC = 'CPPCC National Committee'

describe('including a description, then the names', () => {
  it.each([
    [`The ${NC} has 23 vice chairmen, including noted businessmen like Li Ming and Wang Hua.`, [
      ['Li Ming', ['vice chairman'], NC, true], ['Wang Hua', ['vice chairman'], NC, true]]],
    [`Members of the ${NC}, including prominent entrepreneurs such as Li Ming and Wang Hua, attended.`, [
      ['Li Ming', ['member'], NC, true], ['Wang Hua', ['member'], NC, true]]],
    // …the group of an institution no list names, the sentence's subject: not the page's CPPCC committee's (en 625).
    [`The ${NC} met. The chamber has six vice chairmen, including noted local businessmen like Li Ming and Wang Hua.`, [
      ['Li Ming', ['vice chairman'], null, false], ['Wang Hua', ['vice chairman'], null, false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control', () => {
  it.each([
    [`Guests of the ${NC}, including noted businessmen like Li Ming and Wang Hua, attended.`, [
      ['Li Ming', [], null, false], ['Wang Hua', [], null, false]]],
    [`Members of the ${NC}, including noted businessmen like Li Ming, chairman of the Shanghai Municipal Committee of the CPPCC, attended.`, [
      ['Li Ming', ['chairman'], 'Shanghai Municipal Committee of the CPPCC', true]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
