import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// A department the segmenter tags as a name (宣传部/nr) between a credit and the credited name (编辑:宣传部 夏雅凤, dev 1209)
// is no person (data/not-persons.txt). Control: the name after it stays. Expected by hand.
describe('persons: a department word in a credit line', () => {
  it.each([
    ['委员们参加了活动。\n编辑:宣传部 夏雅凤', ['夏雅凤']],
    ['委员们参加了活动。\n审核:宣传部 张明华', ['张明华']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
