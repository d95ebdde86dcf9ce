import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.kind, c.region])
const orgs = (text: string) => analyzer.analyze(text).persons.map((p) => [p.name, p.org])

// 全总 is the usual short form of 全国总工会 (its own press releases: 全总新闻发言人, 全总党组书记, 全总办公厅副主任; dev 1311),
// as 团中央 is of 共青团中央: reported by its id, 全国总工会, region 全国 (data/national-bodies.tsv, short 1; issue #14).
// Sentences written for this test, checked by hand. Controls: 全总 inside other words (安全总监, 健全总体, 完全总结, 健全总工会, 占全总量, 安全总体观).
describe('bodies: 全总, the short form of 全国总工会', () => {
  it.each<[string, Array<[string, string, string | null]>]>([
    ['记者从全总获悉，工会界别委员已提交提案。', [['全国总工会', 'mass-organisation', '全国']]],
    ['全总党组书记李玉赋出席会议。', [['全国总工会', 'mass-organisation', '全国']]],
    // 全总 the only mention (review of round 29: a row naming 全国总工会 in full passed without 全总), and in traditional characters.
    ['新闻发布会上，全总办公厅副主任郭明山介绍情况。', [['全国总工会', 'mass-organisation', '全国']]],
    ['記者從全總獲悉，工會界別委員已提交提案。', [['全国总工会', 'mass-organisation', '全国']]],
  ])('%s', (text, bodies) => {
    expect(committees(text)).toEqual(bodies)
  })

  it('a title of 全总 takes it as org', () => {
    expect(orgs('全总党组书记李玉赋出席会议。')).toEqual([['李玉赋', '全国总工会']])
  })

  it.each(['企业设立安全总监岗位。', '要健全总体框架。', '他完全总结了经验。', '企业要健全总工会联系机制。', '粮食产量占全总量的三成。', '坚持国家安全总体观。'])('%s: no body', (text) => {
    expect(committees(text)).toEqual([])
  })
})
