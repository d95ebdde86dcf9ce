import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const analyze = (text: string) => analyzer.analyze(text)
const committees = (text: string) => analyze(text).committees.map((c) => [c.name, c.kind])

// A democratic party's branch named after the national body it sits in (九三学社 + 国家体育总局 + 支社): one body, the
// party's branch, not the host (issue #14; dev 1185 国家体育总局支社支委 … as written). Hand-checked by
// test/fixtures/dev-pages/README.md (democratic parties as written; a branch in an institution, 九三学社上海社会科学院支社
// on 364). Sentences written for this test.

describe('bodies: a party branch named after a national body is the party’s branch', () => {
  it.each([
    ['九三学社国家体育总局支社召开组织生活会。', '九三学社国家体育总局支社'],
    ['民盟国家统计局支部开展主题教育活动。', '民盟国家统计局支部'],
    ['农工党国家卫生健康委员会支部召开会议。', '农工党国家卫生健康委员会支部'],
  ])('%s → only %s', (text, body) => {
    expect(committees(text)).toEqual([[body, 'democratic-party']])
  })

  it('a title after the branch is the branch’s', () => {
    const r = analyze('九三学社国家体育总局支社支委杨雅文撰写了调研报告。')
    expect(r.persons.find((p) => p.name === '杨雅文')?.org).toBe('九三学社国家体育总局支社')
  })

  it.each([
    // Controls: the party's committee of a region, and a national body with its own unit after it, stay as they were.
    ['民盟北京市委召开会议。', [['民盟北京市委', 'democratic-party']]],
    ['国家体育总局召开会议，九三学社中央参加。', [['国家体育总局', 'government'], ['九三学社中央', 'democratic-party']]],
  ])('%s → %j', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})
