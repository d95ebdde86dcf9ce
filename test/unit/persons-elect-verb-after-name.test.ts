import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// 任 (and 为) right after a person's name is the verb that gives the title (部长苗圩任组长: data/title-words.tsv elects),
// not the bare surname of a 任组长 (README: every named person; the verb names no one). Expected by hand.
describe('persons: an elects verb right after a name is no bare surname', () => {
  it.each([
    ['工业和信息化部成立领导小组，由部党组书记、部长苗圩任组长。', ['苗圩']],
    ['领导小组由国家卫生计生委主任李斌任组长。', ['李斌']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  // Controls: Mr Ren addressed by his title where a clause begins or after a preposition stays a person.
  it.each([
    ['会上，任组长介绍了情况。', ['任']],
    ['昨天任组长说，专班已运转。', ['任']],
    // A title two characters back that ends no name (委员|们。|任主席) leaves 任 a surname.
    ['他感谢委员们。任组长介绍了情况。', ['任']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
