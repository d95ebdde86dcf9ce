import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const dates = (text: string) => analyzer.analyze(text).dates.map((d) => [d.text, d.iso])

describe('dates', () => {
  it.each([
    ['2024年1月15日召开', '2024年1月15日', '2024-01-15'],
    ['《 人民政协报 》 ( 2024年05月18日 第 01 版)', '2024年05月18日', '2024-05-18'],
    ['发布于2024-05-18', '2024-05-18', '2024-05-18'],
    ['在政协持续跟踪下，9月19日，危墙改造完工', '9月19日', '--09-19'],
    ['2013年3月起任委员长', '2013年3月', '2013-03'],
    ['二〇二三年十月八日', '二〇二三年十月八日', '2023-10-08'],
  ])('%s', (text, written, iso) => {
    expect(dates(text)).toContainEqual([written, iso])
  })

  it('reads 今年 and 去年 against the year the page prints', () => {
    const text = '《人民政协报》（2024年05月18日 第01版）\n\n今 年 6 月 26 日 ，委员反映问题。去年3月开始建设。今年5月的招聘活动'
    expect(dates(text)).toEqual(expect.arrayContaining([['今年6月26日', '2024-06-26'], ['去年3月', '2023-03'], ['今年5月', '2024-05']]))
  })

  it('takes the latest year written as 今年 when no date is printed, but not a target year', () => {
    expect(dates('2024年预算安排1亿元。力争2025年底前实现。今年5月以来')).toContainEqual(['今年5月', '2024-05'])
  })

  it('leaves out months without year or day, periods and ordinals', () => {
    expect(dates('近5个月后，5月以后，第8月')).toEqual([])
  })
})
