import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const figures = (text: string) => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.unit, f.approx])

// Hand-checked sentences (the class of dev page 1056; the gold of 273, 341, 582, 946 lists 一次 after a rate's period): the
// period's word (每年, 每季度) may stand before a verb with a long object, its words listed with 、 (每年要对全县教育、卫生
// 工作开展一次全方位调研: once a year), up to a clause's mark. A rate in another clause, or none, leaves 一次 an article.
describe('figures: 一次 after 每年 and a verb with its object is a count', () => {
  it.each([
    ['人大常委会每年要对全县教育、卫生工作开展一次全方位调研,给县委提出意见建议。'],
    ['委员工作站每月就社区养老、托育问题召开一次协商会。'],
  ])('%s → 一次 1 次', (text) => {
    expect(figures(text)).toContainEqual(['一次', 1, '次', null])
  })

  // A known loss of the rule above: a long object with no 、 (14 characters between 每季度 and 一) is read as no rate.
  it.fails('市政协每季度围绕全市重点项目建设情况组织一次视察。 → 一次 1 次 (beyond the reach without 、)', () => {
    expect(figures('市政协每季度围绕全市重点项目建设情况组织一次视察。')).toContainEqual(['一次', 1, '次', null])
  })

  it.each([
    // The period is in a clause before: a comma ends it.
    ['每年都有新委员加入政协组织的各项活动,这是一次难得的学习交流机会。'],
    // The rate's word more than 8 characters before 一, no 、 between: across a clause (round 29 mend point 2, the
    // reviewer's sentence).
    ['每年政协全会是全市人民政治生活中的一次盛会。'],
    // No rate's word.
    ['县政协对全县教育、卫生工作开展了一次全方位的调研。'],
  ])('%s → no 一次', (text) => {
    expect(figures(text).filter((f) => f[0] === '一次')).toEqual([])
  })
})
