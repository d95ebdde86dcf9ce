import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name).sort()

// 任 right after a name the segmenter did not know (王刚/x 任组长/n) is the verb that gives the title (to serve as), not
// the surname of a second person addressed by title (任组长): README, roles are the titles written next to the name.
// Controls: 任 after a verb or preposition (欢迎任组长, 由任组长主持) is the surname. Expected by hand.
describe('persons: 任 after an unknown-word name is the verb', () => {
  it.each([
    ['王刚任组长。', ['王刚']],
    ['会议由王刚主持，李明任组长。', ['李明', '王刚']],
    ['张晓明任组长，李华任副组长。', ['张晓明', '李华']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    ['欢迎任组长一行。', ['任']],
    ['由任组长主持会议。', ['任']],
  ])('control %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
