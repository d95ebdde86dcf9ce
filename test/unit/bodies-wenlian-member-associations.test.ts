import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)
const names = (text: string) => committees(text).map((c) => c.name)

// The twelve associations of 中国文联 and their local counterparts, a closed class (data/bodies.tsv and
// national-bodies.tsv, from the member list of cflac.org.cn), in the short forms reports write after a region or a
// relative word (市书协, 县美协) and in full. Seen on dev 706 (13 associations) and on survey pages (苍南县美协,
// 靖州县美协, 聊城市美协, 省书协 of 宜昌, 中国摄协). Sentences of our own; expected values written by hand.
describe('bodies: 文联 member associations, short and full', () => {
  it.each([
    ['长沙市政协副主席、市美协主席王建国出席开幕式。', '长沙市美协', '长沙市'],
    ['苍南县书协、县摄协联合举办迎春展览。', '苍南县书协', '苍南县'],
    ['苍南县书协、县摄协联合举办迎春展览。', '苍南县摄协', '苍南县'],
    ['绍兴市音协、市舞协、市剧协共同排演新戏。', '绍兴市舞协', '绍兴市'],
    ['绍兴市音协、市舞协、市剧协共同排演新戏。', '绍兴市剧协', '绍兴市'],
    ['宁波市曲协和市民协会员走进社区演出。', '宁波市曲协', '宁波市'],
    ['宁波市曲协和市民协会员走进社区演出。', '宁波市民协', '宁波市'],
    ['吴桥县杂技家协会会员参加全国比赛。', '吴桥县杂技家协会', '吴桥县'],
    ['南京市影协、市视协联合举办影视评论沙龙。', '南京市视协', '南京市'],
    ['杭州市文艺评论家协会和市网络作家协会成立。', '杭州市文艺评论家协会', '杭州市'],
    ['杭州市文艺评论家协会和市网络作家协会成立。', '杭州市网络作家协会', '杭州市'],
    ['沁水县文学艺术工作者联合会主席出席。', '沁水县文学艺术工作者联合会', '沁水县'],
    ['常州市哲学社会科学界联合会召开年会。', '常州市哲学社会科学界联合会', '常州市'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'mass-organisation', region })
  })

  it.each([
    ['中国书协会员赵明参加笔会。', '中国书协'],
    ['中国摄影家协会第九次全国代表大会在北京开幕。', '中国摄影家协会'],
    ['中国美协副主席到会指导。', '中国美协'],
  ])('%s → %s, national (named as written)', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'mass-organisation', region: '全国' })
  })

  it.each([
    // 协商 after 市民: 市民 + 协商, no 民协.
    '区委推动开展市民协商议事活动。',
    '各社区广泛开展居民协商、市民协商。',
  ])('%s: no association', (text) => {
    expect(names(text).filter((n) => n.endsWith('协'))).toEqual([])
  })

  // 科协 before 商讨 (科协 + 商讨): read since the segmenter's word, not a 协商 row, decides (test/unit/bodies-short-forms-in-words.test.ts).
  it('市科协商讨方案 → 市科协', () => {
    expect(names('市科协商讨科普方案。')).toContain('市科协')
  })
})

// The social bodies a county or city names among its 群团 beside them (data/bodies.tsv), short and full. Our own sentences.
describe('bodies: other 群团 associations after a relative word', () => {
  it.each([
    ['县消协、县个协、县青企协、市企联负责人参加。', ['县消协', '县个协', '县青企协', '市企联']],
    ['市志愿者协会和县老体协联合举办活动。', ['市志愿者协会', '县老体协']],
    ['县个体工商户代表和市企业家参加,县老区建设促进会会长讲话。', ['县老区建设促进会']],
  ])('%s', (text, bodies) => {
    expect(names(text)).toEqual(bodies)
  })
})
