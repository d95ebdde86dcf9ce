import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const figures = (text: string) => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.unit, f.approx])

// Hand-checked sentences (the class of dev page 950; the gold of 343 and 878 lists such amounts with unit null): an Arabic
// number scaled by 万 or 亿 is a quantity even where the writer leaves out its unit (捐资200万援建, 增至3370万); not digits that
// run into a word begun by the magnitude (2024 万象更新: a year before 万象).
describe('figures: an Arabic number with 万 or 亿 and no unit after it', () => {
  it.each([
    ['据悉，在滨海新城，市政协爱心慈善基金会捐资200万援建的敬老院正式破土动工。', ['200万', 2000000, null, null]],
    ['推动签约服务纳入省政府重点民生实事，签约人数增至3370万，省财政拿出1亿元为基层配齐设备。', ['3370万', 33700000, null, null]],
    ['该镇今年累计投入1.2亿，完成道路硬化36公里。', ['1.2亿', 120000000, null, null]],
  ])('%s → %j', (text, expected) => {
    expect(figures(text)).toContainEqual(expected)
  })

  it.each([
    // A year before a word that 万 begins, and amounts with their unit written (as before).
    ['## 2024 万象更新', []],
    ['2024万象更新，政协人将凝心聚力。', []],
  ])('%s → %j', (text, expected) => {
    expect(figures(text)).toEqual(expected)
  })

  it('keeps the unit where it is written', () => {
    expect(figures('基金会援建200万元启动建设。')).toEqual([['200万元', 2000000, '元', null]])
  })
})
