import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// "X, spokesperson for the session": a title that makes no member, whose complement is the session alone, is of the
// page's one CPPCC committee, as "CPPCC spokesperson X" is (en dev 574: Liu Jieyi, spokesperson for the session → the
// CPPCC National Committee; README: org the body of the title where the text says it). No membership; no org where the
// page names no CPPCC committee (an NPC session). Sentences written by hand; truth worked out by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('spokesperson for the session on a CPPCC page', () => {
  it.each([
    ['The second session of the 14th National Committee of the CPPCC will open on Monday, said Liu Jieyi, spokesperson for the session.',
      [['Liu Jieyi', ['spokesperson'], 'National Committee of the CPPCC', false]]],
    ['The Shanghai Municipal Committee of the CPPCC will hold its annual session in January. Wang Hua, spokesman for this year\'s session, said so.',
      [['Wang Hua', ['spokesman'], 'Shanghai Municipal Committee of the CPPCC', false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: no CPPCC committee, or a body written', () => {
  it.each([
    ['The fifth session of the 11th National People\'s Congress opened. Li Ming, spokesperson for the session, said it works.', [['Li Ming', ['spokesperson'], null, false]]],
    ['The CPPCC National Committee met. Li Ming, spokesperson for the Ministry of Commerce, said it works.', [['Li Ming', ['spokesperson'], 'Ministry of Commerce', false]]],
    ['The CPPCC National Committee met. Li Ming, spokesperson for the two sessions coverage team, said it works.', [['Li Ming', ['spokesperson'], null, false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
