import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// Hand-checked truth: a verb of holding an office (曾任, 现任, 历任, 拟任, 兼任: data/office-verbs.txt) right before a
// title is never a name, although 曾任 begins with a surname (review of round 13); a name written alike before
// something else stays a name.
describe('persons: a verb of holding an office before a title is no name', () => {
  it.each([
    ['他曾任科员。', []],
    ['她曾任理事、常务理事。', []],
    ['他曾任社长、总编辑。', []],
    ['他曾任司长、副部长。', []],
    ['他曾任署长。', []],
    ['他曾任处长。', []],
    ['他曾任主席。', []],
    ['他曾任理事长。', []],
    ['时任县长的他在会上说。', []],
    ['市政协委员曾任远说。', ['曾任远']],
    ['市政协委员曾任之说。', ['曾任之']],
    ['县政协主席曾任远出席会议。', ['曾任远']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
