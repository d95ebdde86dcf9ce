import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A democratic party's branch written alone after a body of the party (金凤区总支 after 民建兴庆区总支、) ends where a word
// ends: 总支 + 部分会员 is the branch 总支, not 总支部 + 分 (dev 1014). Named as written with its region, the party
// implied (as dev 146 嘉兴市直三支部). Sentences written for this test; expected values by hand.
describe('bodies: a party branch written alone ends at a word', () => {
  it.each([
    ['民建兴庆区总支、金凤区总支部分会员代表参加调研。', ['民建兴庆区总支', '金凤区总支']],
    ['民革青浦区支部、松江区总支部分党员参加活动。', ['民革青浦区支部', '松江区总支']],
  ])('%s', (text, bodies) => {
    expect(names(text)).toEqual(expect.arrayContaining(bodies))
  })

  // Controls: branches so written before another word, and the party's sector and place branches, as before.
  it.each([
    ['民建兴庆区总支、金凤区总支负责人参加。', ['民建兴庆区总支', '金凤区总支']],
    ['民革连云港市委召开会议,教育支部、机关支部、海州支部负责人参加。', ['民革连云港市委', '连云港市教育支部', '连云港市机关支部', '海州区支部']],
  ])('%s', (text, bodies) => {
    expect(names(text)).toEqual(expect.arrayContaining(bodies))
  })
})
