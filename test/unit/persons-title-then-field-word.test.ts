import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// 科普 ("science popularisation") written right after a title (院士科普讲座) is a field of work, no name read after the
// title (data/not-persons.txt; dev 1177).
describe('a field word after a title is no person', () => {
  it.each([
    ['调研期间,调研组派小分队前往上海自然博物馆开展院士科普讲座。'],
    ['中国科学院院士科普报告会在京举行。'],
    ['邀请院士科普专家作专题报告。'],
  ])('%s: no 科普', (text) => {
    expect(analyzer.analyze(text).persons.map((p) => p.name)).not.toContain('科普')
  })
})

describe('controls: a name after 院士 stays', () => {
  it.each([
    ['中国科学院院士周忠和出席会议并讲话。', '周忠和'],
    ['全国政协委员、中国工程院院士李卫参加调研。', '李卫'],
  ])('%s → %s', (text, name) => {
    expect(analyzer.analyze(text).persons.map((p) => p.name)).toContain(name)
  })
})
