import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const tags = (text: string) => analyzer.analyze(text).topics.map((t) => t.id)

/**
 * A term written in brackets right after a term of its tag is the short form of the same name (中国民主同盟（民盟）,
 * China Democratic League (CDL)): one mention, not two. A party named once on a page about its survey of a river is
 * no united-front page (dev-pages README, Topics: a passing word). Sentences written for this test, tags by hand.
 */
describe('topics: a name and its bracketed short form are one mention', () => {
  it.each([
    ['中国民主同盟（民盟）湖南省委日前组织专家赴湘江流域调研，实地察看水污染防治、河道生态修复和湿地保护情况，建议完善流域生态补偿机制。', 'ecology'],
    ['The China Democratic League (CDL) sent a team of experts to Hunan province to study pollution control along the Xiangjiang River, looking at wetland restoration, sewage treatment and water quality monitoring.', 'ecology'],
    ['Hao Ming, chairman of the China National Democratic Construction Association (CNDCA), led a team to inspect pollution control along the Xiang River, checking sewage treatment plants, wetland restoration and water quality monitoring.', 'ecology'],
  ])('%s → %s, not united-front', (text, tag) => {
    const got = tags(text)
    expect(got).toContain(tag)
    expect(got).not.toContain('united-front')
  })

  // Controls: the party's own work, its name written again and again, is united-front.
  it.each([
    ['中国民主同盟（民盟）市委召开全委会议，总结民盟组织建设和盟员发展工作，部署民盟市委下半年参政党建设任务。'],
  ])('the party at work still counts: %s → united-front', (text) => {
    expect(tags(text)).toContain('united-front')
  })
})

/**
 * The English short names of the democratic parties (CDL, CNDCA, CAPD, RCCK, CPWDP) name the party as its Chinese
 * short names (民盟, 民建, 民进) do: a page about the party's own work, written so, is united-front.
 */
describe('topics: the English short names of the democratic parties', () => {
  it.each([
    ['CAPD Central Committee to submit 40 proposals. The CAPD Central Committee said the proposals came from surveys by CAPD provincial organizations and its special committees, and most concern education and culture.'],
    ['The CDL held a plenary session of its Central Committee in Beijing. The session reviewed the work of CDL organizations at all levels over the past year and called on CDL members to strengthen their political study.'],
    ['The CNDCA opened its national congress in Beijing on Monday. Delegates will elect a new CNDCA Central Committee and revise the CNDCA charter.'],
  ])('%s → united-front', (text) => {
    expect(tags(text)).toContain('united-front')
  })
})
