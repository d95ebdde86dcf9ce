import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// Hand-checked truth (round 24c). A surname that is also a measure word (位, 项, 支 …: data/function-words.tsv,
// counter) right after a numeral counts what follows: no name begins there.
describe('persons: a measure word after a numeral is no surname', () => {
  it.each([
    ['村里有3位女委员和两位乡籍企业家参加。', []],
    ['活动邀请了5位女科学家走进山村，开展科普活动。', []],
    ['全市共有12位女代表当选。', []],
    // the same surname with no numeral before it is still one
    ['县政协委员位立新参加调研。', ['位立新']],
    ['出席会议的有王建军、位红梅、李明。', ['王建军', '位红梅', '李明']],
    ['3位委员中，项明华委员作了发言。', ['项明华']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})

// 刀 of the Dai of Yunnan (data/surnames.txt): a name after a title or in a list of names.
describe('persons: the surname 刀', () => {
  it.each([
    ['县政协主席刀林荫出席会议。', ['刀林荫']],
    ['会议由州政协副主席刀建华主持。', ['刀建华']],
    ['参加调研的有王建军、刀志强、李明。', ['王建军', '刀志强', '李明']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    ['企业加大刀具研发投入，提升产品质量。'],
    ['医生为患者开刀，手术十分顺利。'],
    ['要刀刃向内，敢于自我革命。'],
  ])('no name in %s', (text) => {
    expect(names(text)).toEqual([])
  })
})
