import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// Hand-checked truth (round 30). A surname and 家 that the segmenter reads as a name (姚家/nrfg) followed by a word it
// cannot read (林村/x, 咀头/x, 桥尾水/x) is the beginning of a place's name (a village, a reservoir, a wetland: 姚家林村,
// 张家咀头水库, 朱家桥尾水), no family: the gold of dev 256, 336 and 1074 lists no person there (no gold lists a
// one-character name). The family reading stays where a word the segmenter knows follows (刘家解决, 张家的孩子).
describe('persons: 家 before an unknown word begins a place name, no family', () => {
  it.each([
    ['先后视察了蔡甸街道姚家林村、侏儒山街道张湾村。'],
    ['调研组察看了张家咀头水库工程建设情况。'],
    ['委员们参观了西湖综合管理平台和朱家桥尾水生态湿地。'],
    ['调研组来到王家岔村，查看道路硬化情况。'],
  ])('no person in %s', (text) => {
    expect(names(text)).toEqual([])
  })

  // controls: the family reading, and names, where a known word or a mark follows
  it.each([
    ['他为刘家解决了困难。', ['刘']],
    ['张家的孩子考上了大学。', ['张']],
    ['村里帮刘家，也帮了李家。', ['刘', '李']],
    ['县政协委员朱家桥出席会议。', ['朱家桥']],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
