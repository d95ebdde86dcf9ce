import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.kind, c.region])
const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A national association, promotion society or foundation named in full from 中国 / 中华 / 中华全国 (data/national-name-prefixes.txt)
// and a named body's head (协会, 促进会, 基金会: data/body-heads.tsv), of many segmenter words or with 与/和 joining two of
// its fields: as written, region 全国 (dev 1118 中国西藏文化保护与发展协会, 1129 中华全国律师协会; issue #14). A foundation
// named from its place (北京同心共铸公益基金会, dev 1118; as 钦州市政协爱心慈善基金会, 950) is a body of that place, kind other.
// Sentences written for this test; expected values by hand.
describe('bodies: national associations and foundations named in full', () => {
  it.each<[string, Array<[string, string, string | null]>]>([
    ['中国西藏文化保护与发展协会副会长安七一宣布活动启动。', [['中国西藏文化保护与发展协会', 'mass-organisation', '全国']]],
    ['中国少数民族文化艺术与发展促进会会长在会上发言。', [['中国少数民族文化艺术与发展促进会', 'mass-organisation', '全国']]],
    ['中国老龄事业发展基金会向学校捐赠图书。', [['中国老龄事业发展基金会', 'other', '全国']]],
    ['中国青少年发展基金会和中国妇女发展基金会共同主办。', [['中国青少年发展基金会', 'other', '全国'], ['中国妇女发展基金会', 'other', '全国']]],
    // a word the segmenter knows whole
    ['中国扶贫基金会理事长出席签约仪式。', [['中国扶贫基金会', 'other', '全国']]],
    ['中华全国律师协会副会长李四参加调研。', [['中华全国律师协会', 'mass-organisation', '全国']]],
    ['中国光彩事业促进会副会长出席。', [['中国光彩事业促进会', 'mass-organisation', '全国']]],
    // a foundation named from its place
    ['向北京同心共铸公益基金会的深情厚谊表示衷心的感谢。', [['北京同心共铸公益基金会', 'other', '北京市']]],
    ['上海市慈善基金会捐赠善款。', [['上海市慈善基金会', 'other', '上海市']]],
  ])('%s', (text, bodies) => {
    expect(committees(text)).toEqual(bodies)
  })

  // Controls: no name between prefix and head, a clause, a kind of body, a democratic party's own name.
  it.each([
    '中国企业加入协会后发展迅速。',
    '在中国，协会发挥了重要作用。',
    '中国的行业协会发挥了作用。',
    '中国和发展协会开展合作。',
    '加强中国特色商会组织培育和发展。',
    '中国民主促进会会员张三发言。',
    '讲好中国故事，发挥基金会作用。',
  ])('%s names no national body', (text) => {
    expect(names(text)).toEqual([])
  })
})
