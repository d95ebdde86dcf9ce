import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// A numeral and a department's end (科, 室 … of data/title-words.tsv) written before a title is a numbered department
// (骨三科主任, dev 976), not a Japanese family name alone, though the generated list data/japanese-surnames.txt holds
// 三科, 二科, 三室. Sentences written for this test; names worked out by hand.
describe('persons: a numbered department is no Japanese family name', () => {
  it.each([
    ['市政协主席到柳州市工人医院看望副院长黄海欣、骨三科主任张明等医护人员。', ['黄海欣', '张明']],
    ['骨三科主任张明参加义诊。', ['张明']],
    ['检验三室主任王红介绍了情况。', ['王红']],
    ['眼二科主任刘芳和护士长陈静参加。', ['刘芳', '陈静']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  // Controls: Japanese family names that are no numbered department still read.
  it.each([
    ['日本前首相桥本龙太郎访华。', '桥本龙太郎'],
    ['三宅表示欢迎各方来访。', '三宅'],
  ])('%s keeps %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})
