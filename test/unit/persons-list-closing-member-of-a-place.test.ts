import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A member's title closing a list after 等, a count and a place of origin (A、B等4位菁华铺乡籍政协委员; dev 948): the place is
// no part of the short description before the title (企业家 of 等8位企业家委员), so the title is every name's, of the 政协 the
// page is about. README: a role given once for a list of names belongs to each name. Sentences written by hand; truth by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])
const OPEN = '宁乡县政协组织委员开展活动。'

describe('a member title after a place of origin closing a list', () => {
  it.each([
    [`${OPEN}李忠要、朱清武、喻军等3位菁华铺乡籍政协委员也积极响应。`, [
      ['李忠要', ['委员'], '宁乡县政协', true], ['朱清武', ['委员'], '宁乡县政协', true], ['喻军', ['委员'], '宁乡县政协', true],
    ]],
    [`${OPEN}李忠要、朱清武等4位宁乡县菁华铺乡籍委员参加。`, [
      ['李忠要', ['委员'], '宁乡县政协', true], ['朱清武', ['委员'], '宁乡县政协', true],
    ]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('controls: a place before no member title', () => {
  it.each([
    [`${OPEN}李忠要、朱清武等4位菁华铺乡群众参加。`, [['李忠要', [], null, false], ['朱清武', [], null, false]]],
    [`${OPEN}李忠要、朱清武等4位菁华铺乡领导参加。`, [['李忠要', [], null, false], ['朱清武', [], null, false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
