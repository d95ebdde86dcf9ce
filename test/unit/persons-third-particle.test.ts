import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons.map((p) => [p.name, p.roles])

// A three-character name whose third character is a particle given names use (之 of 任兴之, 张敬之): the segmenter
// reads the first two as an unknown word and the third as 之/u. Closed by a list mark or a verb of presence after a
// title, the third is the name's (dev 965: 县政协副主席苗炜、任兴之、朱璇出席会议 read 任兴 and lost 朱璇's title).
// Sentences written for these tests; names and roles by GUIDE.md.
describe('persons: a name ending in a particle given names use', () => {
  it.each([
    ['县政协副主席苗炜、任兴之、朱璇出席会议。', [['苗炜', ['副主席']], ['任兴之', ['副主席']], ['朱璇', ['副主席']]]],
    ['县政协副主席任兴之出席会议。', [['任兴之', ['副主席']]]],
    ['区政协副主席王明之、李强参加调研。', [['王明之', ['副主席']], ['李强', ['副主席']]]],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected)
  })

  it.each([
    // Controls: 之 that begins a word after the name, and particles that stop names (的, 所).
    ['县政协主席李明之所以出席会议，是因为重视。', '李明'],
    ['主任张华的发言很精彩。', '张华'],
    ['主任张华所说的问题很重要。', '张华'],
  ])('%s: %s', (text, name) => {
    expect(persons(text).map(([n]) => n)).toEqual([name])
  })
})
