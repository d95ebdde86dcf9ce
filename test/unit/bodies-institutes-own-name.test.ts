import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const institutes = (text: string) => analyzer.analyze(text).committees.filter((c) => /(?:研究所|学院|大学)$/.test(c.name)).map((c) => c.name)

// A university or institute is a body where named in full (GUIDE.md): by a place or a proper noun before its head, or by
// more words; one common noun alone before the head names a kind of institute or none (干部学院, 经济研究所; 代表学院
// of 代表学院致欢迎, the verb 代表 and its object). Expected values by hand; (page N) marks a dev page's sentence, the
// others were written for this test.
describe('bodies: an institute needs a name of its own', () => {
  it.each([
    ['委员们走访了南开大学、同济大学和复旦大学。', ['南开大学', '同济大学', '复旦大学']],
    // a faculty written with its university is the university (test/unit/bodies-university-faculties-folded.test.ts)
    ['调研组来到聊城大学马克思主义学院。', ['聊城大学']],
    ['委员们参观了宁波城市职业技术学院。', ['宁波城市职业技术学院']],
  ])('%s', (text, expected) => {
    expect(institutes(text)).toEqual(expected)
  })

  it.each([
    // (page 925)
    ['座谈会上,周忠新首先代表学院向雷鸣强一行表示热烈欢迎。'],
    ['委员们走访了干部学院。'],
    ['他长期在经济研究所工作。'],
  ])('%s: no institute', (text) => {
    expect(institutes(text)).toEqual([])
  })
})
