import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A zone's committee written first with its place (苏州高新区管委会) and later without it (高新区管委会) is one body,
// named from its first full form, wherever it is written (dev-pages README: where one body is written two ways, the name is built from its
// first full form; the others are further mentions). Sentences written for this test.
describe('bodies: a zone’s committee written again without its place', () => {
  it.each([
    ['苏州高新区管委会主任出席。高新区管委会副主任李强陪同。', ['苏州高新区管委会']],
    ['正定县委书记出席。正定高新区党工委书记张三陪同，高新区党工委副书记李四参加。', ['正定县委', '正定高新区党工委']],
    // the short form first: named from the full form written later (市科协 … 苏州市科学技术协会)
    ['高新区管委会主任出席。苏州高新区管委会副主任李强陪同。', ['苏州高新区管委会']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    // two zones written in full before it: which one is not said
    ['苏州高新区管委会、无锡高新区管委会负责人出席。高新区管委会副主任李强陪同。', ['苏州高新区管委会', '无锡高新区管委会', '高新区管委会']],
  ])('%s: as written', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
