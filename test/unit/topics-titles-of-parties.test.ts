import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const tags = (text: string) => analyzer.analyze(text).topics.map((t) => t.id)

/**
 * A democratic party or a mass organisation written before an official's title is part of the title, not what the
 * page treats (dev-pages README, Topics: "the name of a body or an official's title"): party leaders who lead a
 * survey of wetlands make an ecology page, not a united-front one. Sentences written for this test, tags by hand.
 */
describe('topics: a party or mass organisation before a title is no evidence', () => {
  it.each([
    ['全国政协副主席、民盟中央常务副主席李明，致公党中央副主席王刚，民进中央副主席张伟一行到河南调研黄河流域生态保护，察看湿地生态修复和水环境治理情况，提出加强生态保护的建议。', 'ecology'],
    ['民建市委主委刘洋、农工党市委主委陈红、九三学社市委副主委赵敏带领委员到乡村振兴示范村调研，察看村集体经济和农产品加工项目，与农民座谈。', 'rural'],
    ['市工商联主席孙强带领委员到乡村振兴示范村调研，区工商联副主席吴刚、县工商联副主席刘洋参加。委员们察看村集体经济和农产品加工项目，与农民座谈。', 'rural'],
  ])('%s → %s, not united-front', (text, tag) => {
    const got = tags(text)
    expect(got).toContain(tag)
    expect(got).not.toContain('united-front')
  })

  // Controls: the party at work on its own organisation is united-front, its leaders' titles beside it or not.
  it.each([
    ['民盟市委召开换届大会，选举产生新一届领导班子，民盟市委主委李明作工作报告，总结五年来盟务工作和组织建设。'],
    ['九三学社市委会与民进市委会联合举办多党合作主题座谈会，两党成员交流参政党建设经验。九三学社市委主委王刚主持。'],
    ['市工商联召开执委会议，部署统战工作和会员服务工作。市工商联主席孙强讲话，要求引导非公经济人士坚定信心。'],
  ])('the body at work still counts: %s → united-front', (text) => {
    expect(tags(text)).toContain('united-front')
  })
})
