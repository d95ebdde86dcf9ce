import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const figures = (text: string) => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.unit, f.approx])

// Hand-checked sentences (the class of dev page 946; the gold of 273, 341 and 582 lists such a 一次): 一 and a unit a rate counts
// (次, 场) after a period's word of a rate in the same clause (每季度, 每年: data/figure-words.tsv, rate) count how many times
// in that period, wherever the noun stands; without such a word 一次 stays an article or an adverb.
describe('figures: 一次 after 每 and a period in its clause is a count', () => {
  it.each([
    ['根据制度规范，工作室每季度开展一次集中学习或调研活动，每周三由一名委员轮值接待群众。'],
    ['三省一市政协人约定，从2018年起开始，每年举行一次三省一市政协主席联席会议。'],
    ['委员联络站每月开展一次走访活动。'],
    ['首次召开政协党的建设工作座谈会、建立每年一次的中共党员常委会议制度。'],
  ])('%s → 一次 1 次', (text) => {
    expect(figures(text)).toContainEqual(['一次', 1, '次', null])
  })

  it.each([
    // No rate's word in the clause: an article or an adverb.
    ['这是一次成功的协商会议。'],
    ['委员们又一次来到村里。'],
    // The rate's word is in another clause.
    ['每年都有新委员加入，这是一次难得的学习机会。'],
  ])('%s → no 一次', (text) => {
    expect(figures(text).filter((f) => f[0] === '一次')).toEqual([])
  })
})

// Hand-checked sentences (the class of dev page 645): 一年 before a verb opens a rate as 每年 does (一年就开一次全体会议: once a
// year); 一年 alone stays out (data/figure-words.tsv, time-one-after), and 一次 without a period before it in its clause too.
describe('figures: 一次 after 一年 in its clause is a count', () => {
  it.each([
    ['但是政协委员一年就开一次全体会议,发言的机会不多。'],
    ['我们的民主监督不能只是一年开一次会。'],
    ['联络组一年组织一次集中视察。'],
  ])('%s → 一次 1 次', (text) => {
    expect(figures(text)).toEqual([['一次', 1, '次', null]])
  })

  it.each([
    ['委员们用了一年时间,完成了这次调研。'],
    ['一年过去了,他又一次来到村里。'],
  ])('%s → no 一次', (text) => {
    expect(figures(text).filter((f) => f[0] === '一次')).toEqual([])
  })
})
