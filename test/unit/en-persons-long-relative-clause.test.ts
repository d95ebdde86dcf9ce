import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// "Liu Yingxia, who was listed as China's 46th richest woman with assets of 4 billion yuan (HK$5 billion) by wealth publisher
// the Hurun Report last year, was removed as a member of the CPPCC": a relative clause between a name and its predicate
// may be long and hold brackets; the title the predicate gives is the name's (as after a short one: Wang Yang, who turns 63
// this month, was elected chairman of …). Seen on en dev 437; sentences written by hand, truth worked out by hand.
// Controls: a name inside the clause takes nothing; a predicate with no title.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])
const CPPCC = "Chinese People's Political Consultative Conference"

describe('a long relative clause before the predicate giving the title', () => {
  it.each([
    [`Liu Yingxia, who was listed as China's 46th richest woman with assets of 4 billion yuan (HK$5 billion) by wealth publisher the Hurun Report last year, was removed as a member of the ${CPPCC} (CPPCC), the agency reported.`,
      [['Liu Yingxia', ['member'], CPPCC, true]]],
    ['Li Ming, who met Wang Hong at a forum in Beijing in the spring of last year and talked about trade with him, was elected vice chairman of the CPPCC National Committee.',
      [['Li Ming', ['vice chairman'], 'CPPCC National Committee', true], ['Wang Hong', [], null, false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: no title after the clause', () => {
  it.each([
    ['Li Ming, who met Wang Hong at a forum in Beijing in the spring of last year and talked about trade with him, was happy with the result.',
      [['Li Ming', [], null, false], ['Wang Hong', [], null, false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
