import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const figures = (text: string) => analyzer.analyze(text).figures.map((f) => f.text)

// 四家班子 / 四大班子 / 四套班子 name a region's four leading bodies (party committee, congress, government, 政协):
// a set phrase, no count (GUIDE.md: slogans and set phrases are no figures; dev 1165).
describe('figures: the four leading bodies are a set phrase', () => {
  it.each([
    '其他市四家班子领导、市“两院”领导在主席台就座。',
    '县四大班子领导出席会议。',
    '区四套班子成员参加活动。',
  ])('%s', (text) => {
    expect(figures(text)).toEqual([])
  })

  // Controls: a count of firms or teams is a figure.
  it.each([
    ['调研组走访了四家企业。', '四家'],
    ['全县组建了12个工作班子。', '12个'],
  ])('%s', (text, fig) => {
    expect(figures(text)).toContain(fig)
  })
})
