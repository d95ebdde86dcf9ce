import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A counted title in the plural before a colon opens the list of its holders inside a sentence, as a roster line's
// title does at the start of a line (Vice-chairpersons: A, B and C) and a dash does (seven Vice Chairmen — A, B): each
// name of the list holds it (README: a role given once for a list of names belongs to each name). Truth by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles])

describe('English counted titles before a colon and a list of names', () => {
  it.each([
    ['The session elected three Vice Chairmen: Huang Zhiguang, Chen Siping and Yao Xinyao.',
      [['Huang Zhiguang', ['vice chairman']], ['Chen Siping', ['vice chairman']], ['Yao Xinyao', ['vice chairman']]]],
    ['Three vice chairmen: Huang Zhiguang, Chen Siping and Yao Xinyao attended.',
      [['Huang Zhiguang', ['vice chairman']], ['Chen Siping', ['vice chairman']], ['Yao Xinyao', ['vice chairman']]]],
    ['The meeting was attended by 5 standing committee members: Li Ming, Wang Hua and Zhang Lei.',
      [['Li Ming', ['standing committee member']], ['Wang Hua', ['standing committee member']], ['Zhang Lei', ['standing committee member']]]],
    // Unchanged: the roster line at the start of a line.
    ['Vice-chairpersons: Wang Gang, Liao Hui and Du Qinglin.', [['Wang Gang', ['vice-chairperson']], ['Liao Hui', ['vice-chairperson']], ['Du Qinglin', ['vice-chairperson']]]],
    // Control: a title in the singular before a colon opens no list.
    ['The chairman: Wang Hua said the plan works.', [['Wang Hua', []]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})
