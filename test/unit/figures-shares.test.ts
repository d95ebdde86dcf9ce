import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [number, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.value, f.unit, f.approx])
const withMax = (text: string) => analyzer.analyze(text).figures.map((f) => [f.value, f.max ?? null, f.unit])

describe('figures: shares in Arabic digits (1/4) and 一半, as percentages like 三分之一', () => {
  it.each<[string, Row[]]>([
    ['户均7.8亩,相当于美国的1/400、欧盟的1/40。', [[7.8, '亩', null], [0.25, '%', null], [2.5, '%', null]]],
    ['比例为2/3以上。', [[66.67, '%', 'more']]],
    ['3/4的委员参加了调研。', [[75, '%', null]]],
    ['经济建设方面的提案占近一半,达2252件。', [[50, '%', 'less'], [2252, '件', null]]],
    ['占全市一半以上。', [[50, '%', 'more']]],
    ['投入一半多的资金。', [[50, '%', 'more']]],
    ['其中一半来自外地。', [[50, '%', null]]],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected)
  })

  it.each([
    '发布时间:2022/01/13 02:01:38', // a date
    '住在第1/2号楼', // an ordinal and a building number
    '9/10日召开', // two days
    '5/3的比例', // no share above one
    '另一半是他的家人。', // the other half: a person
    '这一半归你。', // after a one-character pronoun
    '把西瓜切成两半。', // two halves, not a share
  ])('no share: %s', (text) => {
    expect(figures(text).filter((f) => f[1] === '%')).toEqual([])
  })
})

describe('figures: a negative number with a unit, and a range with a magnitude at both ends', () => {
  it.each<[string, Row]>([
    ['2019年,三种粮食平均净利润-30.53元/亩。', [-30.53, '元', null]],
    ['当天最低气温-5℃。', [-5, '℃', null]],
    ['增速比上年回落-2.1个百分点。', [-2.1, '个百分点', null]],
  ])('%s', (text, expected) => {
    expect(figures(text)).toContainEqual(expected)
  })

  it.each<[string, (number | string | null)[]]>([
    ['给予5万元-10万元补助。', [50000, 100000, '元']],
    ['补贴5000元-1万元。', [5000, 10000, '元']],
    ['每组3个-5个。', [3, 5, '个']],
  ])('one range, its upper end no negative figure: %s', (text, expected) => {
    expect(withMax(text)).toEqual([expected])
  })

  it.each(['联系电话:0513-82212597', '地址:北京中路600号 邮编:226121 电话:0513-82212597'])('no figure in a phone number: %s', (text) => {
    expect(figures(text)).toEqual([])
  })
})

describe('figures: a half glued to its unit, spans of time after 历时, 约为, set phrases', () => {
  it.each<[string, Row[]]>([
    ['会期4天半,共审议报告3个。', [[4.5, '天', null], [3, '个', null]]],
    ['会议历时一天半。', [[1.5, '天', null]]],
    ['历时一个月的调研', [[1, '个月', null]]],
    ['资金缺口约为2到3亿元。', [[200000000, '元', 'about']]],
    ['八个民主党派中央和全国工商联提案二百零一件', [[201, '件', null]]],
    ['全国政协委员提交的提案超过了五千件', [[5000, '件', 'more']]],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected)
  })

  it.each(['他是一个历经风雨的人。', '八个民主党派的代表'])('no figure: %s', (text) => {
    expect(figures(text)).toEqual([])
  })
})
