import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const tags = (text: string) => analyzer.analyze(text).topics.map((t) => t.id)

/**
 * Words of industry that pages about firms, trade zones and new industries write without 民营经济 or 产业链
 * (data/taxonomy.json, round 23d: 企业发展, 企业负责人, 自由贸易, 自贸试验区, 非公经济, 工业互联网, 新型工业化, 智能制造,
 * 专精特新, 产业基地, 新兴产业, 投产), each with its tag on at least two thirds of the dev pages that write it.
 * Sentences written for this test, not taken from any page; expected tags by README, Topics.
 */
describe('topics: enterprises, trade zones and new industries', () => {
  it.each([
    ['调研组与企业负责人座谈，了解企业发展情况，听取企业发展中的困难和诉求。'],
    ['委员们考察了自由贸易试验区综合服务中心，听取自贸试验区制度创新情况介绍。'],
    ['区政协召开座谈会，围绕促进非公经济健康发展听取委员意见，委员们建议加大对非公经济人士的服务力度，支持非公经济做大做强。'],
    ['视察组察看了工业互联网平台和智能制造示范车间，建议加快推进新型工业化。'],
    ['委员们参观了通航产业基地，了解新兴产业培育和专精特新企业发展情况。'],
  ])('%s → industry', (text) => {
    expect(tags(text)).toContain('industry')
  })

  // Controls: a meeting with no firm or trade word stays untagged.
  it.each([
    ['市政协召开主席会议，传达学习全会精神，研究部署下一阶段重点工作。'],
    ['委员们走访看望困难群众，送去慰问金和生活用品。'],
  ])('not industry: %s', (text) => {
    expect(tags(text)).not.toContain('industry')
  })
})
