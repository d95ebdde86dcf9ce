import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scaleDecimal } from '../../src/text/numerals.js'
import { analyzer, resources } from '../helpers.js'

const parseChineseNumeral = (s: string) => resources.numerals.parse(s)

const figures = (text: string) => analyzer.analyze(text).figures.map(({ text, value, unit, approx, max }) => ({ text, value, unit, approx, ...(max !== undefined ? { max } : {}) }))

describe('numeral parser', () => {
  it.each([
    ['十', 10], ['十五', 15], ['二十', 20], ['两千', 2000], ['三百', 300], ['一百零五', 105], ['一千零十', 1010],
    ['二〇二三', 2023], ['〇', 0], ['一万零五', 10005], ['十三万', 130000], ['一亿二千万', 120000000], ['一万亿', 1e12], ['六', 6],
  ])('%s = %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n))

  it.each([['4.52', 4, 45200], ['2651.9', 4, 26519000], ['0.5', 8, 50000000], ['31.82', 4, 318200], ['3.7', 4, 37000], ['1', 8, 100000000]])(
    '%s × 10^%d = %d exactly',
    (d, p, n) => expect(scaleDecimal(d, p)).toBe(n),
  )

  it('reads any integer 0..10^12 written in Chinese numerals', () => {
    const DIG = '零一二三四五六七八九'
    /** A generator independent of the parser: the standard reading of an integer. */
    const section = (n: number): string => {
      const units = ['', '十', '百', '千']
      let s = ''
      let zero = false
      for (let i = 3; i >= 0; i--) {
        const d = Math.floor(n / 10 ** i) % 10
        if (d === 0) { if (s) zero = true; continue }
        if (zero) { s += '零'; zero = false }
        s += DIG[d]! + units[i]!
      }
      return s
    }
    const toChinese = (n: number): string => {
      if (n === 0) return '零'
      const parts = [Math.floor(n / 1e8), Math.floor(n / 1e4) % 1e4, n % 1e4]
      const names = ['亿', '万', '']
      let s = ''
      let pendingZero = false
      parts.forEach((p, i) => {
        if (p === 0) { if (s) pendingZero = true; return }
        if (s && (pendingZero || p < 1000)) s += '零'
        pendingZero = false
        // the 亿 part may itself need 万 (一万亿 = 10^12)
        s += (p >= 1e4 ? toChinese(p) : section(p)) + names[i]
      })
      return s
    }
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => parseChineseNumeral(toChinese(n)) === n), { numRuns: 5000 })
  })
})

describe('figures', () => {
  it.each([
    ['全年开展85次协商活动', { text: '85次', value: 85, unit: '次', approx: null }],
    ['推动问题整改300余个', { text: '300余个', value: 300, unit: '个', approx: 'more' }],
    ['累计捐赠物资价值10余万元', { text: '10余万元', value: 100000, unit: '元', approx: 'more' }],
    ['安排市级资金2651.9万元', { text: '2651.9万元', value: 26519000, unit: '元', approx: null }],
    ['60岁以上人口占比25.25%', { text: '25.25%', value: 25.25, unit: '%', approx: null }],
    ['60岁以上人口占比25.25%', { text: '60岁以上', value: 60, unit: '岁', approx: 'more' }],
    ['高5.5 米。', { text: '5.5米', value: 5.5, unit: '米', approx: null }],
    ['观看量近 4000，', { text: '近4000', value: 4000, unit: null, approx: 'less' }],
    ['共计开展培训31.82万人', { text: '31.82万人', value: 318200, unit: '人', approx: null }],
    ['二十多家新闻媒体', { text: '二十多家', value: 20, unit: '家', approx: 'more' }],
    ['形成37万余字', { text: '37万余字', value: 370000, unit: '字', approx: 'more' }],
    ['有 116 家用人单位参加', { text: '116家', value: 116, unit: '家', approx: null }],
    ['办理提案1,359件', { text: '1,359件', value: 1359, unit: '件', approx: null }],
    ['预算安排1亿元', { text: '1亿元', value: 100000000, unit: '元', approx: null }],
    ['投入0.5亿元', { text: '0.5亿元', value: 50000000, unit: '元', approx: null }],
    ['约300人参加', { text: '约300人', value: 300, unit: '人', approx: 'about' }],
    ['每组3至5个', { text: '3至5个', value: 3, max: 5, unit: '个', approx: null }],
    ['连续举办13年的惠民活动', { text: '13年', value: 13, unit: '年', approx: null }],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(expect.arrayContaining([want]))
  })

  it.each([
    ['在吉林省政协十三届八次常委会会议上'],
    ['第十四届委员会第三次会议'],
    ['增强“四个意识”、坚定“四个自信”、做到“两个维护”'],
    ['助力全市打造“3转、4强、7新”现代化产业体系'],
    ['牢牢把握团结和民主两大主题'],
    ['开发NO.5智能平台，推进5G建设'],
    ['2024年1月15日，2023年'],
    ['这是跟踪督办的第15条社情民意'],
    ['第二、五、六组联组讨论'],
    ['《长治市创新生态30条》'],
  ])('finds no figure in %s', (text) => {
    expect(figures(text)).toEqual([])
  })
})
