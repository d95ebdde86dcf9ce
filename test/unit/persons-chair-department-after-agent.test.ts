import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// 会议由办公室主任王强主持: the preposition that brings in the chair (由, 受, 请: data/function-words.tsv, glued-agent) stands
// alone as a word, and the department written alone begins after it, as after a clause's mark — not 会议由办公室主任.
// Expected by hand.
describe('persons: a department title after the preposition of a chair', () => {
  it.each([
    ['九三学社黄石市委召开会议。会议由办公室主任王强主持。', '王强', ['办公室主任']],
    ['青岛市政协召开会议。会议由办公室主任王强主持。', '王强', ['办公室主任']],
    ['座谈会由秘书处处长李明主持。', '李明', ['秘书处处长']],
  ])('%s → %s', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })

  // Controls: 由 inside a word (自由, 理由) is no preposition: the body's name goes on across it.
  it.each([
    ['上海自由贸易区办公室主任王强出席。', '王强', ['主任']],
  ])('%s → %s', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })
})
