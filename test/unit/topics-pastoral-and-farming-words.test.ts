import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const tags = (text: string) => analyzer.analyze(text).topics.map((t) => t.id)

/**
 * Words of pastoral and farming pages that write no 乡村振兴 or 农村 (data/taxonomy.json, round 25c: 嘎查, 牧民, 牧户,
 * 种植基地, 乡村产业, 产业振兴, 高标准农田, 特色农业), each with rural in the gold of all or all but one of the dev pages
 * writing it (种植基地, 高标准农田, 特色农业 add to other words of the field: written twice alone they stay
 * below the threshold). Sentences written for this test, not taken from any page; expected tags by README, Topics (a 视察 of
 * village roads, a concrete activity of the field).
 */
describe('topics: pastoral and farming words', () => {
  it.each([
    ['调研组深入嘎查实地查看暖棚和储草棚，走访牧户，询问牧民受益情况。'],
    ['委员们先后来到两个嘎查，与牧民座谈，了解牧民增收情况。'],
    ['县政协召开专题协商会，围绕推动乡村产业高质量发展、以产业振兴带动群众增收建言献策。'],
  ])('%s → rural', (text) => {
    expect(tags(text)).toContain('rural')
  })

  // Controls: a field named with 产业 or 基地 but no farming word stays untagged rural.
  it.each([
    ['委员们参观了通航产业基地，了解新兴产业培育情况。'],
    ['市政协召开主席会议，研究部署下一阶段重点工作。'],
    ['调研组走访了社区服务中心，听取居民意见。'],
  ])('not rural: %s', (text) => {
    expect(tags(text)).not.toContain('rural')
  })
})
