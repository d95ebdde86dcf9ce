import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const kindOf = (text: string, name: string) => analyzer.analyze(text).committees.find((c) => c.name === name)?.kind

// A region's committee listed right after a democratic party's committee, written without the party, is that party's
// (农工党徐汇区委、宝山区委、长宁区委 … 作交流发言, dev 858; README: democratic parties as written, region completed).
// Sentences written for this test; expected values by hand.
describe('bodies: committees listed after a democratic party’s committee', () => {
  it.each([
    ['农工党徐汇区委、宝山区委、长宁区委作交流发言。', '宝山区委'],
    ['农工党徐汇区委、宝山区委、长宁区委作交流发言。', '长宁区委'],
    ['民盟南京市委、苏州市委和无锡市委联合开展调研。', '无锡市委'],
  ])('%s: %s is the party’s', (text, name) => {
    expect(kindOf(text, name)).toBe('democratic-party')
  })

  // Controls: 中共 before it, a Party title after it, a department, or no democratic party before it in the list.
  it.each([
    ['民盟南京市委、中共苏州市委联合开展调研。', '苏州市委'],
    ['农工党徐汇区委、宝山区委书记张三出席。', '宝山区委'],
    ['宝山区委、长宁区委作交流发言。', '长宁区委'],
    ['农工党徐汇区委召开会议，宝山区委领导出席。', '宝山区委'],
  ])('%s: %s is not the democratic party’s', (text, name) => {
    expect(kindOf(text, name)).not.toBe('democratic-party')
  })
})
