import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A number before a term (届) counts terms where a word of serving or holding again comes right before it (连任三届,
 * 连续举办了五届: data/figure-words.tsv, term-count), whatever the numeral; elsewhere, and where a list of terms follows
 * (连任十届、十一届), 届 numbers the term. Class seen on dev 487 (连续举办了五届), 665 (连任四届) and 746 (連任三屆).
 * Checked by hand; the first rows are from those pages, the others written here.
 */
const figures = (text: string) => analyzer.analyze(text).figures.map(({ text, value, unit, approx }) => ({ text, value, unit, approx }))
const F = (text: string, value: number, unit: string, approx: 'more' | 'less' | 'about' | null = null) => ({ text, value, unit, approx })

describe('a count of terms served or held again', () => {
  it.each([
    ['以论坛形式宁陕县政协已经连续举办了五届。', [F('五届', 5, '届')]],
    ['迄今,李汉秋已连任四届全国政协委员。', [F('四届', 4, '届')]],
    ['作為連任三屆的全國政協委員,加上在此之前還有十年的省政協常委的經歷', [F('三届', 3, '届'), F('十年', 10, '年')]],
    ['她连任两届区政协委员,连续3届被评为优秀委员', [F('两届', 2, '届'), F('3届', 3, '届')]],
    ['这项读书活动已举办十届,共举办6届主题论坛', [F('十届', 10, '届'), F('6届', 6, '届')]],
    ['他连续五届当选县政协常委', [F('五届', 5, '届')]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  it.each([
    ['他连任十届、十一届全国人大代表'],
    ['连任十届至十二届全国政协委员'],
    ['连续担任十二届全国政协委员'],
    ['担任十三届全国政协委员以来'],
    ['在县政协十届二次会议上连任主席'],
    ['政协第十四届委员会第三次会议'],
  ])('not a figure: %s', (text) => expect(figures(text)).toEqual([]))
})
