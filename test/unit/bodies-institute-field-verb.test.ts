import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A university's research institute written whole is one body, as written (data/university-faculties.tsv: its institutes are
// not folded into it; dev 974 华中科技大学国家治理研究院). The segmenter tags the field's verb as a verb (治理/v, 规划/v): it
// is part of the name where a noun stands between it and the university or academy. Sentences written for this test.

describe('bodies: an institute named by a field with a verb, after its university', () => {
  it.each([
    ['华中科技大学国家治理研究院副院长孙永平就低碳经济作了发言。', '华中科技大学国家治理研究院', '华中科技大学'],
    ['会议邀请武汉大学社会治理研究院专家授课。', '武汉大学社会治理研究院', '武汉大学'],
  ])('%s → %s, not %s', (text, whole, cut) => {
    expect(names(text)).toContain(whole)
    expect(names(text)).not.toContain(cut)
  })

  it.each([
    // Controls: a verb of the sentence before the head is no part of a name.
    ['调研组走访研究院，听取情况介绍。', []],
    ['委员们到研究所参观。', []],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
