import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Review of round 9, checked by hand: a short quotation is speech (its figures count) only where it ends in a sentence
 * mark inside the quotes, trails off (……) or follows a speech verb and a colon, not merely where a verb comes before
 * its number (a slogan); a township counts for its county only where the county's short form did not choose it.
 */
const figures = (text: string) => analyzer.analyze(text).figures.map((f) => f.text)
const places = (text: string) => analyzer.analyze(text).places.map((p) => [p.name, p.code])

describe('a slogan in short quotes with a verb before its number is no figure', () => {
  it.each([
    ['活动主题为“奋斗100年”。'],
    ['口号是“为了1000万人”。'],
  ])('not a figure: %s', (text) => expect(figures(text)).toEqual([]))

  it.each([
    ['他说：“今年计划增加2500亩”，大家都很高兴。', ['2500亩']],
    ['“今年計劃增加2500畝。”王紹南說。', ['2500亩']],
  ])('speech: %s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('a township does not vouch for the county whose short form chose it', () => {
  it('城关镇 chosen by 竹山 does not make 竹山 a place', () => {
    expect(places('委员们到城关镇调研。委员们来到竹山调研。')).toEqual([['城关镇', '120114110']])
  })
  it('擂鼓镇, resolved to 竹山县 on its own, still vouches for 今日竹山', () => {
    expect(places('今日竹山消息 擂鼓镇政协联络组组织委员开展调研活动。')).toEqual([['竹山县', '420323'], ['擂鼓镇', '420323104']])
  })
})

describe('a bare 行政执法局 is no 城管局 (data/bodies.tsv)', () => {
  it('县行政执法局 and 县城管局 are two bodies', () => {
    expect(analyzer.analyze('县行政执法局和县城管局联合执法。').committees.map((c) => c.name)).toEqual(['县行政执法局', '县城管局'])
  })
  it('综合行政执法局 still is the 城管局 of its region', () => {
    expect(analyzer.analyze('县综合行政执法局和县城管局联合执法。').committees.map((c) => c.name)).toHaveLength(1)
  })
})
