import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A page stamp with the year apart from month and day (2023 01 / 11, a wire service's template; round 13 known open item):
 * one date, and its month over its day is no share (01/11 was read as 9.09 %). A share's numerator is never written with
 * a leading zero. Sentences written here, checked by hand.
 */
const figures = (text: string) => analyzer.analyze(text).figures.map(({ value, unit }) => ({ value, unit }))
const dates = (text: string) => analyzer.analyze(text).dates.map(({ iso }) => iso)

describe('a stamp with the year apart is a date, not a share', () => {
  it.each([
    ['2023 01 / 11\n新华社北京1月10日电 全国政协召开双周协商座谈会。', ['2023-01-11', '--01-10']],
    ['2024 03/05 10:21:36\n来源:新华社', ['2024-03-05']],
    ['发布时间:2022 11 / 09', ['2022-11-09']],
    ['2023 10/11 09:12', ['2023-10-11']],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual(want)
    expect(figures(text)).toEqual([])
  })

  it.each([
    ['相当于美国的1/400', [{ value: 0.25, unit: '%' }]],
    ['约为1/4的委员参加了会议', [{ value: 25, unit: '%' }]],
  ])('a share stays a share: %s', (text, want) => expect(figures(text)).toEqual(want))

  it.each([['2023年共有2023 12名委员'], ['编号2023 01-11的文件']])('no stamp date: %s', (text) => expect(dates(text)).toEqual([]))
})
