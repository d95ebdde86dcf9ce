import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * 一 and a unit of time before 时间 (用了一年时间, 仅仅一年时间) is a duration, a figure as 将近一个月时间 is (dev-pages README:
 * durations count; the gold of dev 1248 and 1345), also after an adverb that stresses how short it is (仅仅, 短短). Sentences
 * checked by hand. Controls: a pronoun before 一 (这一年时间里), 时间 inside another word (一天时间表), other adverbs (又一年).
 */
const figures = (text: string) => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('one span of time written with 时间', () => {
  it.each([
    ['“仅仅一年时间，我们的12家民营企业结对帮扶薄弱村。', [['一年', 1, '年', null], ['12家', 12, '家', null]]],
    ['他用了一年时间完成改造。', [['一年', 1, '年', null]]],
    ['短短一个月，村里变了样。', [['一个月', 1, '个月', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  it.each([
    ['这一年时间里变化很大。', []],
    ['一天时间表排得很满。', []],
    ['又一年过去了。', []],
  ])('control: %s', (text, want) => expect(figures(text)).toEqual(want))
})
