import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A zone named for an age or era the segmenter tags as time (现代/t, 未来/t: data/zone-era-words.txt) is walked back over it
// to its place (dev 378: 蘇滁現代產業園管委會 → 苏滁现代产业园管委会); a time of the report (今年, 近日) still stops the
// walk. Expected values by hand; (page N) marks a dev page's sentence, the others were written for this test.
describe('bodies: a zone named with a word tagged as time', () => {
  it.each([
    // (page 378)
    ['滁州市委书记许继伟到苏滁现代产业园管委会调研。', ['滁州市委', '苏滁现代产业园管委会']],
    ['市领导到杭州未来科技城管委会调研。', ['杭州未来科技城管委会']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    // a time of the report before the zone is no part of its name
    ['今年高新区管委会召开会议。', ['高新区管委会']],
    ['目前，高新区管委会已完成规划。', ['高新区管委会']],
  ])('%s: the time word stays out', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
