import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const tags = (text: string) => analyzer.analyze(text).topics.map((t) => t.id)

/**
 * A democratic party or a mass organisation a speaker speaks for (代表民革市委会作…发言, data/topic-speaking-for.txt)
 * says who spoke, not what the page treats (dev-pages README, Topics: "the name of a body"): the speeches of a
 * session's plenary on industry and ecology make an industry and ecology page, not a united-front one (dev 444).
 * Sentences written for this test, tags by hand.
 */
describe('topics: a party a speaker speaks for is no evidence', () => {
  it.each([
    ['市政协全体会议举行大会发言。李明委员代表民革市委会作题为《推动新材料产业集群发展》的发言，王刚委员代表民盟市委会作题为《加快产业转型升级》的发言，赵敏委员代表民建市委会发言，建议培育制造业龙头企业。', 'industry'],
    ['大会发言中，张伟委员代表九三学社市委会、刘洋委员代表农工党市委会、孙强委员代表市工商联分别发言，围绕生态保护、污染防治和湿地修复提出建议，呼吁加强黄河流域生态治理。', 'ecology'],
  ])('%s → %s, not united-front', (text, tag) => {
    const got = tags(text)
    expect(got).toContain(tag)
    expect(got).not.toContain('united-front')
  })

  // Controls: the party at work on its own organisation, or written elsewhere of itself, still counts.
  it.each([
    ['民盟市委召开全委会，李明代表民盟市委常委会作工作报告，总结五年来盟务工作和组织建设，部署参政党建设任务。'],
    ['李明委员代表民革市委会作题为《推进祖国和平统一》的发言，介绍民革市委会开展对台交流和多党合作工作的情况。'],
  ])('the body at work still counts: %s → united-front', (text) => {
    expect(tags(text)).toContain('united-front')
  })
})
