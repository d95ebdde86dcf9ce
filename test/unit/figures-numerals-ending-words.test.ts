import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [string, number, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.unit, f.approx])

// A word that ends in a numeral (唯一, 统一, 同一, 万一) keeps it: a Chinese number begins where a word of the segmenter
// begins, so 唯一|一位 is not 一一位 = 11 位 (dev 852 宁夏唯一一家… has no figure). What follows is read as alone: a
// lone 一 before its measure word is no figure (这是一家医院 has none), so these sentences have none.
// Sentences of the review (round 15) and written for this test.
describe('figures: a numeral that ends a word is not a number\'s first digit', () => {
  it.each([
    '他是唯一一位女性委员。',
    '要统一一个标准。',
    '同一一家医院。',
    '万一一次失误,后果不堪设想。',
    '宁夏农林科学院是宁夏唯一一家农业综合性科研机构。',
    '全市统一一批标识牌。',
  ])('%s: no figure', (text) => {
    expect(figures(text)).toEqual([])
  })

  it.each<[string, Row[]]>([
    ['他是全县唯一一位获得表彰的女性委员,共有二十一个单位参加。', [['二十一个', 21, '个', null]]],
    ['统一三个标准。', [['三个', 3, '个', null]]],
    ['吸引上万人参加。', [['上万人', 10000, '人', 'about']]],
  ])('%s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })
})
