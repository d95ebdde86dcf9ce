import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const roles = (text: string) => analyzer.analyze(text).persons.map((p) => [p.name, p.roles])

// Hand-checked truth (round 30). A list of names whose 、 has a stray space before or after it (刘丹(女) 、李育梅(女) 、吴丹,
// as a page exported from a word processor prints it; dev 1320: eleven 执行主席 after such a mark lost the role) is
// one list all the same: the title announced for the list is every name's (README: a role given once for a list of
// names belongs to each name).
describe('persons: a list whose 、 is set off by a space', () => {
  it.each([
    ['今天大会的执行主席是:马旭、全瑞丰、刘丹(女) 、李育梅(女) 、吴丹(女)、宋佳麟。',
      [['马旭', ['执行主席']], ['全瑞丰', ['执行主席']], ['刘丹', ['执行主席']], ['李育梅', ['执行主席']], ['吴丹', ['执行主席']], ['宋佳麟', ['执行主席']]]],
    ['今天大会的执行主席是:马旭 、全瑞丰 、刘丹、李育梅。',
      [['马旭', ['执行主席']], ['全瑞丰', ['执行主席']], ['刘丹', ['执行主席']], ['李育梅', ['执行主席']]]],
    ['担任执行主席的有：王建军、 李明华、 赵志强。',
      [['王建军', ['执行主席']], ['李明华', ['执行主席']], ['赵志强', ['执行主席']]]],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected)
  })

  // controls: a sentence's end still closes the list
  it.each([
    ['副主席马旭出席。 李育梅、吴丹参加了会议。', [['马旭', ['副主席']], ['李育梅', []], ['吴丹', []]]],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected)
  })
})
