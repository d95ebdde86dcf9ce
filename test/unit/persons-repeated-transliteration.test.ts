import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// Hand-checked truth; sentences written for these tests in the form of sports news. A transliteration of two characters
// that the dictionary tags as a name (琼斯/nrt, 布朗/nr) has a weak cue at each mention — it opens a clause — and
// two such mentions together say a person, where one alone does not.
describe('persons: a short transliteration that opens two clauses', () => {
  it.each([
    ['琼斯堪称当今最出色的短跑选手，去年，琼斯跑出了本赛季最好成绩。', ['琼斯']],
    ['布朗今年状态极佳，上周，布朗赢得了全部比赛。', ['布朗']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    // One mention: its weak cue is not enough.
    ['琼斯堪称当今最出色的短跑选手。'],
    // An adverb twice (特别/d), a place the segmenter tags as one twice (卡塔尼亚/ns): no name-tagged word.
    ['特别是基层部门，特别需要关注。'],
    ['卡塔尼亚很美，卡塔尼亚人热情好客。'],
  ])('no person in %s', (text) => {
    expect(names(text)).toEqual([])
  })
})
