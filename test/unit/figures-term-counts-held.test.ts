import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A number before a term (届) counts the times an event was held where a verb of holding in 办了 comes right before it
 * (承办了三届, 协办了两届, 主(协)办了七届: data/figure-words.tsv, term-count 办了), as after 举办了; a term's number
 * before a body stays an ordinal. Class seen on dev 1094 (已连续主(协)办了七届). Sentences written here, values by hand.
 */
const figures = (text: string) => analyzer.analyze(text).figures.map(({ text, value, unit, approx }) => ({ text, value, unit, approx }))
const F = (text: string, value: number, unit: string, approx: 'more' | 'less' | 'about' | null = null) => ({ text, value, unit, approx })

describe('a count of events held, after a verb of holding in 办了', () => {
  it.each([
    ['京顺健康节已连续主(协)办了七届,得到大力支持。', [F('七届', 7, '届')]],
    ['该区已承办了三届全省运动会。', [F('三届', 3, '届')]],
    ['民盟市委已协办了五届读书节,深受好评。', [F('五届', 5, '届')]],
    ['这个论坛至今开办了六届。', [F('六届', 6, '届')]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  // Controls: the term of a body after 办了 (a number above any count of terms), and 届 with no verb of holding before it.
  it.each([
    ['市政协举办了十四届全国政协委员学习研讨班。'],
    ['会议贯彻了十四届市委五次全会精神。'],
    ['在县政协十届二次会议上作了发言。'],
  ])('not a figure: %s', (text) => expect(figures(text)).toEqual([]))
})
