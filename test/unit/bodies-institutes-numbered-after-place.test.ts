import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A university or college numbered after its place (山东第一医科大学, 广东第二师范学院): the ordinal the segmenter cuts
// out as a numeral (第一/m) is part of the name (GUIDE.md: universities and research institutes named in full, as
// written). (page N) marks a dev page's sentence, the others were written for this test.
describe('bodies: an institute numbered after its place', () => {
  it.each([
    // (page 1150)
    ['随后，韩军一行来到山东第一医科大学实地调研。', ['山东第一医科大学']],
    ['河北第一师范学院院长出席会议。', ['河北第一师范学院']],
    ['调研组来到广东第二师范学院调研。', ['广东第二师范学院']],
    ['上海第二工业大学校长出席。', ['上海第二工业大学']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    // an ordinal with no place before it names no institute
    ['他是第一医科大学毕业的。', []],
    ['全省第一所大学成立。', []],
  ])('%s: none', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
