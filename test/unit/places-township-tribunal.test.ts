import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const analyze = (text: string) => analyzer.analyze(text)

// A county court's people's tribunal is named by the township it sits in (dev 1025 天王人民法庭 of 陈仓区天王镇), as a
// township's health centre is (白砂卫生院): data/place-words.tsv, institution 1.
describe('a people\'s tribunal named by its township', () => {
  it.each<[string, string[], [string, string | null][]]>([
    ['陈仓区政协委员视察了天王人民法庭。', ['天王镇', '陈仓区'], [['陈仓区政协', '陈仓区'], ['天王人民法庭', '天王镇']]],
    ['陈仓区政协委员首先深入天王人民法庭,对基层人民法庭建设进行视察。', ['天王镇', '陈仓区'], [['陈仓区政协', '陈仓区'], ['天王人民法庭', '天王镇']]],
    // Controls: a tribunal named by no township, and courts.
    ['委员们围绕人民法庭建设建言。', [], []],
    ['陈仓区政协委员视察了基层人民法庭。', ['陈仓区'], [['陈仓区政协', '陈仓区']]],
  ])('%s', (text, places, bodies) => {
    const r = analyze(text)
    expect(r.places.map((p) => p.name).sort()).toEqual(places.sort())
    expect(r.committees.map((c) => [c.name, c.region])).toEqual(bodies)
  })
})
