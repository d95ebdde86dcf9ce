import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// Round 29b (issue #14): a village's or community's own body is named from the village, not from the township or a word for
// a kind of village written before it, also where that township is no place the text knows (test/fixtures/dev-pages/README.md:
// 铜厂彝族乡里士村委会 → 里士村委会; dev 877 铜厂乡里士村委会, 1248 当地贫困村大塘村委会). Sentences written for this test; expected by hand.
describe('bodies: a village committee named from its village', () => {
  it.each([
    ['调研组深入铜厂乡里士村委会,在县政协协调下开展工作。', '里士村委会'],
    ['蓬江总支到当地贫困村大塘村委会,在村干部的陪同下走访。', '大塘村委会'],
    ['调研组来到贫困村大塘村委会。', '大塘村委会'],
    ['委员们走访了铜厂乡里士村党支部。', '里士村党支部'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
    expect(names(text).filter((n) => n !== name && n.endsWith(name))).toEqual([])
  })

  // Controls: a village name with a local word inside it stays whole; a known township is no part of the name anyway.
  it.each([
    ['到石龙乡新村村委会调研。', '新村村委会'],
    ['来到东风村村委会。', '东风村村委会'],
    ['到新镇坝村委会调研。', '新镇坝村委会'],
    ['委员走访新村街道办事处。', '新村街道办事处'],
    ['委员们来到城关镇东风村委会。', '东风村委会'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})
