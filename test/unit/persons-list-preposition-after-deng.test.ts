import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons.map((p) => [p.name, p.roles, p.cppccMember])

// A preposition after the 等 that closes a list brings in others (等为委员们授课: the members are those taught), its own row
// of data/function-words.tsv (list-preposition), no longer the object-before set (review r31 C, point 3; inputs hand-checked).
describe('persons: prepositions after the 等 that closes a list (为, 在, 跟, 把, 被) hand no member title to the list', () => {
  it.each([
    ['王强、李明等为委员们授课。'],
    ['王强、李明等在委员之家与委员交流。'],
    ['王强、李明等跟委员们交流。'],
    ['王强、李明等把委员们的意见带回去。'],
    ['王强、李明等被委员们推选。'],
  ])('%s', (text) => {
    expect(persons(text)).toEqual([['王强', [], false], ['李明', [], false]])
  })
  // Controls: 与会 is one word, a description of the members; 为 + a title with no group's word is an appointment.
  it.each([['张三、李四等与会委员参加。'], ['会议增补王强、李明等为委员。']])('%s', (text) => {
    expect(persons(text).map((p) => p[1])).toEqual([['委员'], ['委员']])
  })
})
