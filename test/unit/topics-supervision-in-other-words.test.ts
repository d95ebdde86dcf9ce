import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const tags = (text: string) => analyzer.analyze(text).topics.map((t) => t.id)

/**
 * Supervision the CPPCC carries out, written as an act (围绕…开展民主监督) or as 督导 or a 监督 at work (督导工作, 督导组,
 * 专项督导, 专题督导, 监督活动, 常态化监督), is democratic supervision (dev-pages README, Topics: a 视察 or 调研 framed
 * as supervision): data/taxonomy.json, round 23d; 开展民主监督 has the tag on 10 of 11 dev pages, 督导工作 on 3 of 3,
 * 监督活动 on 7 of 7. The duty named as boilerplate (政治协商、民主监督、参政议政) is not. Sentences written for this test.
 */
describe('topics: supervision in other words', () => {
  it.each([
    ['市政协围绕城区垃圾分类工作开展民主监督，听取城管局情况汇报。'],
    ['县政协主席带队赴乡镇开展督导工作，随机走访农户，督导组听取了乡镇有关情况汇报。'],
    ['区政协组织委员开展“食品安全”监督活动，察看三所学校食堂，并对发现的问题开展常态化监督。'],
    ['督导组一行深入两个街道，对背街小巷整治工作进行专项督导。'],
  ])('%s → democratic-supervision', (text) => {
    expect(tags(text)).toContain('democratic-supervision')
  })

  // Controls: the duty in the fixed triple, and a 视察 not framed as supervision, stay untagged.
  it.each([
    ['会议要求委员们积极履行政治协商、民主监督、参政议政职能，为全市发展建言献策。'],
    ['市政协组织委员视察城市公园建设，察看了两处新建公园。'],
  ])('not supervision: %s', (text) => {
    expect(tags(text)).not.toContain('democratic-supervision')
  })
})
