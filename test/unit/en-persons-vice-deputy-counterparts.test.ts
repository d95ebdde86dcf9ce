import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// 副 is written "vice" or "deputy" in English, for any title: "vice head of the United Front Work Department of the Jinhua
// Municipal Party Committee" (en dev 641), "vice secretary of the CPC Shanxi Provincial Committee" (en dev 642), as
// "deputy head", "deputy secretary" are. The title is kept as written. (Not the reverse: "vice president" stays as listed.) Sentences written by hand, truth worked out by
// hand. Controls: a word "vice" that is no title ("vice and crime"), and a "deputy" title already listed.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org])
const UF = 'United Front Work Department of the Jinhua Municipal Party Committee'
const SX = 'CPC Shanxi Provincial Committee'
const ACWF = "All-China Women's Federation"

describe('a "vice" title whose "deputy" form is listed', () => {
  it.each([
    [`Wang Guoren, vice head of the ${UF}, attended the meeting.`, [['Wang Guoren', ['vice head'], UF]]],
    [`Xue Yanzhong, vice secretary of the ${SX}, attended the meeting.`, [['Xue Yanzhong', ['vice secretary'], SX]]],
    [`Li Ming, vice-secretary of the ${SX}, attended the meeting.`, [['Li Ming', ['vice-secretary'], SX]]],
    [`${SX} Vice Secretary Li Ming attended the meeting.`, [['Li Ming', ['vice secretary'], SX]]],
    [`Vice Secretary Li Ming of the ${SX} attended the meeting.`, [['Li Ming', ['vice secretary'], SX]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: no title, or the listed form', () => {
  it.each([
    [`Li Ming, deputy head of the ${UF}, attended the meeting.`, [['Li Ming', ['deputy head'], UF]]],
    [`Li Ming, vice president of the ${ACWF}, attended the meeting.`, [['Li Ming', ['vice president'], ACWF]]],
    ['Li Ming spoke about vice and crime in Jinhua.', [['Li Ming', [], null]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
