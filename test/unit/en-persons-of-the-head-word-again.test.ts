import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// "Gong Mingzhu, vice-president of the federation" after "Anhui Women's Federation" (en dev 644): a title "of the WORD",
// WORD the head of a body named before in lower case (its last word, or the word before "of": Federation of Industry and
// Commerce), is that body's title: the org is the last such body named. Sentences written by hand, truth worked out by
// hand. Controls: no body named before with that head; a head word naming nothing before.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org])
const AH = "Anhui Women's Federation"
const SH = 'Shanghai Federation of Industry and Commerce'

describe('"of the WORD" after a body whose head is WORD', () => {
  it.each([
    [`Huang Hong is president of ${AH}. Gong Mingzhu, vice-president of the federation, spoke.`, [['Huang Hong', ['president'], AH], ['Gong Mingzhu', ['vice-president'], AH]]],
    [`Wang Lin is chairman of the ${SH}. Li Ming, vice chairman of the federation, spoke.`, [['Wang Lin', ['chairman'], SH], ['Li Ming', ['vice chairman'], SH]]],
    [`Wang Lin is president of Fudan University. Li Ming, vice president of the university, spoke.`, [['Wang Lin', ['president'], 'Fudan University'], ['Li Ming', ['vice president'], 'Fudan University']]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: no body with that head before', () => {
  it.each([
    ['Li Ming, vice president of the university, spoke.', [['Li Ming', ['vice president'], null]]],
    [`Huang Hong is president of ${AH}. Li Ming, vice president of the university, spoke.`, [['Huang Hong', ['president'], AH], ['Li Ming', ['vice president'], null]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
