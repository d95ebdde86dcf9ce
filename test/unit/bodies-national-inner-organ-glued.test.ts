import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.kind, c.region])

// A body written whole ends where its inner organ begins, also where the segmenter glues the two into one word
// (中共中央政治局): 中共中央政治局会议精神 names 中共中央 (the gold of all 14 dev pages that write 中共中央政治局; dev 734 writes
// only 中共中央政治局會議). The organ is no body of its own (data/body-inner-organs.txt; issue #14). Sentences written for
// this test, checked by hand. Controls: 中央 alone and 政治局 alone name no body (中共中央 only where the page writes it).
describe('bodies: a national body before an inner organ glued to it', () => {
  it.each<[string, Array<[string, string, string | null]>]>([
    ['会议传达学习了中共中央政治局会议精神。', [['中共中央', 'party', '全国']]],
    ['會議傳達學習了12月9日中共中央政治局會議精神。', [['中共中央', 'party', '全国']]],
    ['委员们学习了中共中央政治局第十次集体学习时的重要讲话精神。', [['中共中央', 'party', '全国']]],
    ['中共中央政治局常委、全国政协主席汪洋出席。', [['中共中央', 'party', '全国'], ['全国政协', 'cppcc', '全国']]],
  ])('%s', (text, bodies) => {
    expect(committees(text)).toEqual(bodies)
  })

  it.each(['会议传达学习了中央政治局会议精神。', '政治局会议研究部署经济工作。'])('%s: no body', (text) => {
    expect(committees(text)).toEqual([])
  })
})
