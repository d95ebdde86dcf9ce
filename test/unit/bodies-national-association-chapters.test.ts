import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A national association's chapter in a province, named by the province right after it (中国佛教协会西藏分会: dev 1178),
// is one body as written, of that province (data/station-words.tsv, chapter); the association alone is not named.
describe('a national association + province + 分会 is the province chapter', () => {
  it.each([
    ['调研组还深入到拉萨河坝林社区、中国佛教协会西藏分会、林芝喇嘛岭寺等地。', '中国佛教协会西藏分会', '西藏自治区'],
    ['中国伊斯兰教协会宁夏分会会长出席座谈会。', '中国伊斯兰教协会宁夏分会', '宁夏回族自治区'],
    ['中国红十字会北京分会成立大会召开。', '中国红十字会北京分会', '北京市'],
  ])('%s → %s', (text, name, region) => {
    const cs = analyzer.analyze(text).committees
    expect(cs.find((c) => c.name === name)?.region).toBe(region)
    expect(cs.map((c) => c.kind === 'cppcc' ? '' : c.region)).not.toContain('全国')
  })
})

describe('controls: no chapter without a province right before 分会', () => {
  it.each([
    ['中国佛教协会会长出席会议。', '中国佛教协会'],
    ['中国佛教协会拉萨分会成立。', '中国佛教协会'],
    ['中国佛教协会在西藏召开座谈会。', '中国佛教协会'],
  ])('%s → %s', (text, name) => {
    const cs = analyzer.analyze(text).committees
    expect(cs.find((c) => c.name === name)?.region).toBe('全国')
  })
})
