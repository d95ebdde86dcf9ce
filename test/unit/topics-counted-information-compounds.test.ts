import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const tags = (text: string) => analyzer.analyze(text).topics.map((t) => t.id)

/**
 * A count next to 信息 is public-opinion evidence only where 信息 is a word of its own (报送信息200余篇); glued into a
 * compound the segmenter keeps whole (招聘信息, 交通信息, 政策信息, 政府信息) it names other information, no
 * public-opinion channel. Review r32 (mendD), the reviewer's sentences; hand-checked.
 */
describe('topics: a count of information in a compound word is no public-opinion evidence', () => {
  it.each([
    '今年共发布招聘信息50条，吸引求职者。',
    '发布交通信息12条。',
    '平台推送政策信息300余条，方便企业查询。',
    '向社会公开政府信息1200条。',
  ])('%s → not public-opinion', (text) => {
    expect(tags(text)).not.toContain('public-opinion')
  })
})
