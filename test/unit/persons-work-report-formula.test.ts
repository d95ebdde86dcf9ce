import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// The formula of a 政协's work reports names the speaker right before 代表政协… or 受政协…/受常委会… 委托, often with
// no title (dev 1037: 王平受政协第十届河南省委员会常务委员会委托，向大会报告…): data/person-cues-after.txt. A name of two
// characters has no other evidence there. Sentences like the pages'.
const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

describe('persons: the speaker of a work report formula', () => {
  it.each([
    ['王平受政协第十届河南省委员会常务委员会委托，向大会报告十届政协的提案工作情况。', '王平'],
    ['段鸣代表政协常宁市第十一届委员会常务委员会向大会报告工作。', '段鸣'],
    ['刘宁受常委会委托，向大会报告提案工作情况。', '刘宁'],
    ['会上，周建受常务委员会委托作提案工作情况报告。', '周建'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  // Controls: the words after a word that is no name.
  it.each([
    ['大会代表政协委员发言。'],
    ['他们受政协委员的委托开展调研。'],
    ['这份报告受常委会成员好评。'],
    ['各民主党派代表政协各界别发言。'],
  ])('%s: no person', (text) => {
    expect(names(text)).toEqual([])
  })
})
