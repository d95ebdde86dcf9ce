import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)
const places = (text: string) => analyzer.analyze(text).places.map((p) => p.name)

// A name whose given name is a place written short (杨金华: 金华; 王长春: 长春) is a name where a credit verb closes its
// credit after it ((钟祥市政协文史委 杨金华 供稿), (王金华 供稿), 李南京 摄): the words that close a credit line
// (data/credit-verbs.txt) name the person credited, as a title before the name does (编辑：杨金华). Round 26, dev 1236;
// the other sentences written for this test. Expected values by hand.
describe('persons: a name with a place inside it, closed by a credit verb', () => {
  it.each([
    ['钟祥市政协召开文史员座谈会。\n(钟祥市政协文史委 杨金华 供稿)', ['杨金华']],
    ['委员们参加了活动。（王金华 供稿）', ['王金华']],
    ['委员们参加了活动。\n李南京 摄', ['李南京']],
    ['委员们参加了活动。\n(王长春/供稿)', ['王长春']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
    expect(places(text).filter((p) => ['金华市', '南京市', '长春市'].includes(p))).toEqual([])
  })

  // Controls: a place followed by other words, and a credit verb that does not close its line, make no name.
  it.each([
    ['调研组赴金华考察。', '金华市'],
    ['市政协与南京市政协交流供稿工作经验。', '南京市'],
  ])('%s keeps %s', (text, place) => {
    expect(places(text)).toContain(place)
    expect(names(text)).toEqual([])
  })
})
