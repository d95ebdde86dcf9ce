import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A title of a session's presidium given by a verb of appointment after a list of names (A、B任第十四届市政协第一次会议
// 主席团常务主席; dev 942): the session (主席团, as 大会 of 大会执行主席) is no body, the title is the 政协's written before its
// term and meeting, else the one the page is about, as when written before a name (主席团常务主席胡文容). README: a role
// given once for a list of names belongs to each name. Sentences written by hand; truth worked out by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('a session title after 任', () => {
  it.each([
    ['会议审议通过了名单，李华、王明、赵刚任第十四届市政协第一次会议主席团常务主席。', [
      ['李华', ['常务主席'], '市政协', true], ['王明', ['常务主席'], '市政协', true], ['赵刚', ['常务主席'], '市政协', true],
    ]],
    ['李华任市政协十四届一次会议主席团常务主席。', [['李华', ['常务主席'], '市政协', true]]],
    ['李华任市政协主席团常务主席。', [['李华', ['常务主席'], '市政协', true]]],
    ['县政协十四届一次会议召开。李华、王明任主席团常务主席。', [
      ['李华', ['常务主席'], '县政协', true], ['王明', ['常务主席'], '县政协', true],
    ]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('controls: no session title', () => {
  it.each([
    // A member of the presidium holds no title; a seat on the rostrum is none.
    ['李华任第十四届市政协第一次会议主席团成员。', [['李华', [], null, false]]],
    ['李华在主席团就座。', [['李华', [], null, false]]],
    // A 政协's own office after 任 is read as before.
    ['李华任市政协副主席。', [['李华', ['副主席'], '市政协', true]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
