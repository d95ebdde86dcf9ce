import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A level word before the next title of a chain names the level of a body left unwritten, no part of the title
// (README, Persons: whole titles written next to the name; "national" dropped as en 315 and 569's gold do):
// "Wei Houkai, head of the Rural Development Institute at the Chinese Academy of Social Sciences, also a national
// lawmaker" (en dev 569) → head, lawmaker. Sentences written by hand, truth worked out by hand.
// Controls: a level word before no title ends the chain.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])
const CASS = 'Chinese Academy of Social Sciences'

describe('a level word before the next title', () => {
  it.each([
    [`Li Ming, head of the Rural Development Institute at the ${CASS}, also a national lawmaker, spoke.`, [['Li Ming', ['head', 'lawmaker'], CASS, false]]],
    ['Li Ming, head of the Rural Development Institute, and a national political advisor, spoke.', [['Li Ming', ['head', 'political advisor'], null, true]]],
    ['Li Ming, director of the Jiangxi Hospital, also a provincial lawmaker, spoke.', [['Li Ming', ['director', 'lawmaker'], 'Jiangxi Hospital', false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: a level word before no title', () => {
  it.each([
    ['Li Ming, head of the Rural Development Institute, and a national park, spoke.', [['Li Ming', ['head'], null, false]]],
    ['Li Ming, head of the Rural Development Institute, also a national hero, spoke.', [['Li Ming', ['head'], null, false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
