import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Full-width marks inside a number, as sites that print full-width digits write them: a full-width comma grouping
 * thousands (１，２００万元 = 1,200万元; not after ASCII digits, 1，200万元: the text's comma, review r32), a full-width solidus in a fraction (２／３),
 * a full-width hyphen in a range or a stamp (３－５年, ２０２４－０３－０５). The half-width forms are read already
 * (1,200万元, 2/3, 3-5年, 2024-03-05); the full-width ones were cut at the mark (１，２００万元 → 200万元; ２／３ → 2 about;
 * the stamp no date and a figure 5). Values checked by hand. Controls: a comma after a unit (two figures), a comma
 * before a group that is not three digits (a list of numbers), a four-digit group before the comma (a list of years).
 */
const figures = (text: string) => analyzer.analyze(text).figures.map((f) => [f.value, f.unit, f.approx])
const dates = (text: string) => analyzer.analyze(text).dates.map((d) => d.iso)

describe('full-width marks inside a number', () => {
  it.each([
    ['项目总投资１，２００万元。', [[12000000, '元', null]]],
    ['共１２，３４５人参加活动。', [[12345, '人', null]]],
    ['累计捐款１，０５０，０００元。', [[1050000, '元', null]]],
    ['全县约２／３的村完成改造。', [[66.67, '%', 'about']]],
    ['计划用３－５年时间建成。', [[3, '年', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  it.each([
    ['日期：２０２４－０３－０５　来源：市政协', ['2024-03-05']],
    ['发布时间：２０２４／３／５', ['2024-03-05']],
  ])('date: %s', (text, want) => {
    expect(dates(text)).toEqual(want)
    expect(figures(text)).toEqual([])
  })

  it.each([
    ['立案２８６件，２００件已办复。', [[286, '件', null], [200, '件', null]]],
    ['2023，2024年连续获评先进，共2人。', [[2, '人', null]]],
    ['立案286件，1200件已办复。', [[286, '件', null], [1200, '件', null]]],
  ])('control: %s', (text, want) => expect(figures(text)).toEqual(want))

  // Review r32: a full-width comma after ASCII digits is the text's comma, no thousands mark (the digits were not
  // full-width as written): 452，356件 is two numbers, not 452356; 120，350人 not 120350 persons; 1，200万元 no 1200万元.
  it.each<[string, number, number]>([
    ['共收到提案500件，立案452，356件已办复。', 452356, 356],
    ['两地参会人数分别为120，350人。', 120350, 350],
    ['项目总投资1，200万元。', 12000000, 2000000],
  ])('control: %s has no %d, has %d', (text, merged, own) => {
    const values = figures(text).map((f) => f[0])
    expect(values).not.toContain(merged)
    expect(values).toContain(own)
  })
})
