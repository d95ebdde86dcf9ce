import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/** Ordinary county news and economic reports (issue #15): towns, rates, halves, month ranges. Values checked by hand. */
const figures = (text: string) => analyzer.analyze(text).figures.map(({ text, value, unit, approx }) => ({ text, value, unit, approx }))
const dates = (text: string) => analyzer.analyze(text).dates.map((d) => [d.text, d.iso])
const places = (text: string) => analyzer.analyze(text).places.map((p) => [p.name, p.parent])

// The segmenter glues a township's one-character suffix to the next word (散花|镇南/ns, 兰溪|镇金藤/x).
describe('a township whose suffix the segmenter glued to the next word', () => {
  it.each([
    ['视察了散花镇南畈村猕猴桃基地和丁司垱镇郭毛岭村。', [['散花镇', '浠水县'], ['丁司垱镇', '浠水县']]],
    ['散花镇南畈村和兰溪镇金藤葡萄家庭农场', [['散花镇', '浠水县'], ['兰溪镇', '浠水县']]],
  ])('%s', (text, want) => {
    expect(places(text)).toEqual(want)
  })

  it.each([['建设幸福乡村。'], ['推进美丽乡村建设。']])('a common word after the suffix keeps it a word: %s', (text) => {
    expect(places(text)).toEqual([])
  })
})

// Towns visited on one trip are siblings: the unambiguous ones choose the county of the others.
describe('a township of several counties, beside unambiguous towns of one county', () => {
  it('杨村镇 beside 汊涧镇 and 铜城镇: 天长市, not 凤台县 of the same province', () => {
    const r = places('发挥好汊涧镇长山村、铜城镇龙岗社区、杨村镇光华村等示范村的带头作用。')
    expect(r).toEqual([['汊涧镇', '天长市'], ['铜城镇', '天长市'], ['杨村镇', '天长市']])
  })

  it('alone, it keeps the level prior and the first row (no sibling to lean on)', () => {
    expect(places('杨村镇光华村')).toHaveLength(1)
  })
})

describe('figures: rates below zero, degrees, halves, shares', () => {
  it.each([
    ['增速从去年上半年的-17%转为31.1%', [{ text: '-17%', value: -17, unit: '%', approx: null }, { text: '31.1%', value: 31.1, unit: '%', approx: null }]],
    ['同比增长（-2.5%）', [{ text: '-2.5%', value: -2.5, unit: '%', approx: null }]],
    ['兔舍温度维持在20℃', [{ text: '20℃', value: 20, unit: '℃', approx: null }]],
    ['历时6年半建成', [{ text: '6年半', value: 6.5, unit: '年', approx: null }]],
    ['用了3个半月', [{ text: '3个半月', value: 3.5, unit: '个月', approx: null }]],
    ['开了两个半小时', [{ text: '两个半小时', value: 2.5, unit: '小时', approx: null }]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })

  // A share written as a fraction is a percentage, as 百分之 and 成 are (README: 三成 → 30 %), to two decimals.
  it.each([
    ['委员中三分之二来自基层', [{ text: '三分之二', value: 66.67, unit: '%', approx: null }]],
    ['四分之一是党外人士', [{ text: '四分之一', value: 25, unit: '%', approx: null }]],
    ['超过三分之一以上', [{ text: '超过三分之一以上', value: 33.33, unit: '%', approx: 'more' }]],
    ['千分之五', [{ text: '千分之五', value: 0.5, unit: '%', approx: null }]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })

  it.each([['深刻领悟两个“确立”的决定性意义'], ['增强四个“全面”'], ['开展四个“双百行动”以来']])('a count in Chinese numerals before a quoted name is a slogan: %s', (text) => {
    expect(figures(text)).toEqual([])
  })

  it('Arabic digits before a quoted name stay a count (3个“美丽乡村”示范点)', () => {
    expect(figures('建成3个“美丽乡村”示范点')).toEqual([{ text: '3个', value: 3, unit: '个', approx: null }])
  })

  it.each([['五分之六'], ['三分之'], ['分之二']])('no share in %s', (text) => {
    expect(figures(text)).toEqual([])
  })

  it.each([
    ['增长3-5%', [{ text: '3-5%', value: 3, unit: '%', approx: null }]],
    ['编号A-3个', []],
    ['2023年-2025年', []],
  ])('a minus after a digit or a letter is a range or a code: %s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
})

describe('dates: the first month of a range or list written without 月', () => {
  const PAGE = '《人民政协报》（2024年05月18日 第01版）\n\n'
  it.each([
    ['1-6月份，实现地区生产总值278亿元', [['1', '--01'], ['6月', '--06']]],
    ['3、4月份降雨偏少', [['3', '--03'], ['4月', '--04']]],
    ['2024年1-6月，全市', [['2024年1', '2024-01'], ['6月', '2024-06']]],
    [`${PAGE}今年1~9月的工作`, [['2024年05月18日', '2024-05-18'], ['今年1', '2024-01'], ['9月', '2024-09']]],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual(want)
  })

  it.each([['第3、4月份', [['4月', '--04']]], ['共12-3月份', [['3月', '--03']]], ['1-6月，全市', []]])('no first month in %s', (text, want) => {
    expect(dates(text)).toEqual(want)
  })
})
