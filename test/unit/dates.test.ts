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

  it('reads a page stamp written day first before a clock time (11.12.2015  16:54)', () => {
    expect(dates('省政协视察组来海东视察\n\n11.12.2015  16:54\n\n  青海新闻网讯')).toContainEqual(['11.12.2015', '2015-12-11'])
    expect(dates('07.08.2023 11:48')).toEqual([['07.08.2023', '2023-08-07']])
  })

  it('leaves out day-first numbers without a clock time or out of range', () => {
    expect(dates('07.08.2023 发布')).toEqual([])
    expect(dates('比分为11.12.2015')).toEqual([])
    expect(dates('32.13.2015  16:54')).toEqual([])
  })

  it('leaves out months without year or day, periods and ordinals', () => {
    expect(dates('近5个月后，5月以后，第8月')).toEqual([])
  })

  it.each(['至8月底，全部联络室建成', '截至11月底所有提案已办结', '3月上旬召开主席会议', '6月初启动调研'])('a month with 底/初/旬 but no year is no date: %s', (text) => {
    expect(dates(text)).toEqual([])
  })

  it.each([
    ['二○二四年五月十日，县政协召开常委会议', '二○二四年五月十日', '2024-05-10'],
    ['二○一九年十二月', '二○一九年十二月', '2019-12'],
    ['元月15日，委员们开展慰问', '元月15日', '--01-15'],
    ['2025年元月8日召开会议', '2025年元月8日', '2025-01-08'],
  ])('zero written ○ and the month 元月: %s', (text, written, iso) => {
    expect(dates(text)).toContainEqual([written, iso])
  })

  it.each([
    ['The plenary sessions were held on February 6 and 7 in the district.', [['February 6', '--02-06'], ['7', '--02-07']]],
    ['On March 4 and 12 representatives spoke at the meeting.', [['March 4', '--03-04']]],
  ])('English days joined by and: %s', (text, want) => {
    expect(dates(text)).toEqual(want)
  })

  it.each([
    ['2024年5月至7月，委员分组调研', [['2024年5月', '2024-05'], ['7月', '2024-07']]],
    ['2023年12月28日至2024年1月2日举办展览', [['2023年12月28日', '2023-12-28'], ['2024年1月2日', '2024-01-02']]],
    ['视察于2025年3月31日至4月2日进行', [['2025年3月31日', '2025-03-31'], ['4月2日', '2025-04-02']]],
    ['3月31日至4月2日开展视察', [['3月31日', '--03-31'], ['4月2日', '--04-02']]],
    ['5月5日、6日，委员们分两组视察', [['5月5日', '--05-05'], ['6日', '--05-06']]],
    ['2024年5月和7月两次开展调研', [['2024年5月', '2024-05'], ['7月', '2024-07']]],
  ])('the second date of a range shares the first one\'s year: %s', (text, want) => {
    expect(dates(text)).toEqual(want)
  })
})

describe('dates: two days of one month, the first written without 日 (5月17至18日)', () => {
  it.each([
    ['5月17——18日，旗政协组织考察', [['5月17', '--05-17'], ['18日', '--05-18']]],
    ['5月17至18日，考察组赴三地调研', [['5月17', '--05-17'], ['18日', '--05-18']]],
    ['2023年10月11—12日，委员们考察学习', [['2023年10月11', '2023-10-11'], ['12日', '2023-10-12']]],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected)
  })

  it.each(['5月18至17日', '第5月17至18号文件'])('no range of days in %s', (text) => {
    expect(dates(text)).toEqual([])
  })
})
