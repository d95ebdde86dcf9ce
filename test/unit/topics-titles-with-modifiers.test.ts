import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const tags = (text: string) => analyzer.analyze(text).topics.map((t) => t.id)

/**
 * A democratic party or a mass organisation written before an official's title is part of the title (dev-pages README,
 * Topics: "an official's title"), and so it is when a modifier of the title stands between them (常务副主席, 专职副主委,
 * 驻会副主席: data/role-modifiers.tsv), as on dev 153, where four national vice-chairs with 民革中央常务副主席 and the
 * like lead surveys of rural sewage. Sentences written for this test, tags by hand.
 */
describe('topics: a party before a modified title is no evidence', () => {
  it.each([
    ['全国政协副主席、民革中央常务副主席李明率调研组到浙江调研农村生活污水治理；全国政协副主席、民盟中央常务副主席王刚率调研组到四川调研乡村振兴和农村人居环境建设，察看村庄规划和农田建设情况。', 'rural'],
    ['民进市委专职副主委刘洋、民建市委专职副主委陈红带领委员到湿地公园调研生态保护，察看水环境治理和生态修复情况，提出加强生态保护的建议。', 'ecology'],
    ['市工商联驻会副主席孙强、区侨联专职副主席吴刚带领委员到乡村振兴示范村调研，察看村集体经济和农产品加工项目，与农民座谈。', 'rural'],
  ])('%s → %s, not united-front', (text, tag) => {
    const got = tags(text)
    expect(got).toContain(tag)
    expect(got).not.toContain('united-front')
  })

  // Controls: the party at work on its own organisation is united-front, a modified title beside it or not; a
  // modifier that begins no title (常务 of 常务委员会会议) leaves the body free.
  it.each([
    ['民盟市委召开换届大会，选举产生新一届领导班子，民盟市委常务副主委李明作工作报告，总结五年来盟务工作和组织建设。'],
    ['民革市委会召开常务委员会会议，研究部署组织发展和参政党建设工作，加强与台胞台商的联谊交流。'],
  ])('the body at work still counts: %s → united-front', (text) => {
    expect(tags(text)).toContain('united-front')
  })
})
