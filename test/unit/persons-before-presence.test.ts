import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// Hand-checked truth. A verb of motion or doing between a titled name and a verb of presence
// (data/function-words.tsv, before-presence), which the segmenter may glue to the name (张三去/x 参加/v).
describe('persons: a verb of motion before a verb of presence is the sentence\'s', () => {
  it.each([
    ['主任张三去参加活动。', ['张三']],
    ['副主席王立明去出席会议。', ['王立明']],
    ['主任刘洋到会指导。', ['刘洋']],
    ['副主席王立作讲话。', ['王立']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    // Names end in 来 (李春来, 张福来): glued to two characters before a verb of presence it stays the name's.
    ['主任李春来出席会议。', ['李春来']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  // The segmenter reads 李有/x 为/p: the preposition is taken for the sentence's (not this rule's doing).
  it.fails('主任李有为出席会议。 (a name ending in 为 split by the segmenter)', () => {
    expect(names('主任李有为出席会议。')).toEqual(['李有为'])
  })

  // 杨帆来出席 reads as 李春来出席 does: nothing in the text tells 来 the verb from 来 the name's last character.
  it.fails('主任杨帆来出席会议。 (来 glued to a name of two before a verb of presence)', () => {
    expect(names('主任杨帆来出席会议。')).toEqual(['杨帆'])
  })
})
