import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Review of round 11: a bare word written again in its paragraph means what it meant first (src/regions/home.ts). The
// earlier writings are followed back in a loop, each answered once: one paragraph of 8000 市委 overflowed the stack of a
// call per writing (analyze never throws on a string; no timing asserted).
const SAME = '市委书记讲话，'

describe('a bare word written many times in one paragraph', () => {
  it.each([1, 4000, 8000])('市委 written %i times: one body, without a region, each writing a mention', (times) => {
    const r = analyzer.analyze(SAME.repeat(times))
    expect(r.committees.map((c) => [c.name, c.region, c.mentions.length])).toEqual([['市委', null, times]])
  })

  it.each([1, 4000])('negative, written %i times after 常州市委: each writing is 常州市’s', (times) => {
    const r = analyzer.analyze(`常州市委召开会议。${SAME.repeat(times)}`)
    expect(r.committees.map((c) => c.name)).toEqual(['常州市委'])
    expect(r.committees[0]!.mentions).toHaveLength(times + 1)
  })
})
