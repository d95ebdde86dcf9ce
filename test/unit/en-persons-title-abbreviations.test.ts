import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons.map((p) => [p.name, p.roles])

// An abbreviated title before a name gives the full title as its role (en 696: Prof. Yuan Xingpei; en 708: Prof. Xu
// Jingjun, gold: professor). Honorifics of no title (Dr., Mr) give none; an abbreviation is no plural shared by a list.
describe('English persons: abbreviated titles before a name', () => {
  it.each<[string, Array<[string, string[]]>]>([
    ['Prof. Yuan Xingpei of Beijing University said that there is an acute shortage.', [['Yuan Xingpei', ['professor']]]],
    ['The support offered by Prof. Xu Jingjun, Vice President of Nankai University, was praised.', [['Xu Jingjun', ['professor', 'vice president']]]],
    ['Prof Li Ming spoke at the meeting.', [['Li Ming', ['professor']]]],
    ['Assoc. Prof. Li Ming spoke at the meeting.', [['Li Ming', ['associate professor']]]],
    // Controls.
    ['Dr. Li Ming spoke at the meeting.', [['Li Ming', []]]],
    ['Mr Li Ming spoke at the meeting.', [['Li Ming', []]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})
