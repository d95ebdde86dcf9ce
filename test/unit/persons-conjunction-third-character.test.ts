import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// Hand-checked truth: a titled name of three characters whose last the segmenter set apart as a conjunction (罗富/x 和/c),
// before a word that no conjunction joins to what precedes it — an adverb, a preposition, a cue or a verb of speech or
// presence (dev pages 702, 729; sentences of our own alike): nothing is joined, 和 is the name's.
describe('persons: a conjunction before an unjoined word is a titled name\'s third character', () => {
  it.each([
    ['全国政协副主席罗富和一行来到新疆调研。', ['罗富和']],
    ['全国政协副主席罗富和一行来到。罗富和则是率领食品科学组前往。', ['罗富和']],
    ['宜宾市作协主席周云和为珙县作协高级顾问颁发聘书。', ['周云和']],
    ['宜宾市作协主席周云和为珙县作协高级顾问。会上,宜宾市作协主席周云和讲到作家要深入生活。', ['周云和']],
    ['市政协委员秦德和则表示，要加强落实。', ['秦德和']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  // Controls: a conjunction before a noun or a pronoun joins it to the name (no third character); no title, no rule.
  it.each([
    ['主任李明和委员们参加了调研。', ['李明']],
    ['副主席张东和他一起出席。', ['张东']],
    ['副主席张东和委员们出席。张东和大家交流。', ['张东']],
    ['市政协主席王强和市委书记李军出席会议。', ['王强', '李军']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
