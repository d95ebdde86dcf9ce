import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// Round 24 (dev 1185, 1190): the titles of a branch's or a township party committee's members are whole titles, as
// 组织委员, 宣传委员 and 统战委员 are (data/roles.tsv): 支委 (a member of a branch committee, 国家体育总局支社支委) and
// 宣统委员 (the member for propaganda and united-front work of a town's 党委, 镇党委委员、宣统委员). Sentences
// written for this test; expected roles worked out by hand.

describe('persons: 支委 and 宣统委员 are titles', () => {
  it.each([
    ['镇党委委员、宣统委员刘涵主持会议。', '刘涵', ['党委委员', '宣统委员']],
    ['西夏墅镇党委宣统委员刘涵主持会议。', '刘涵', ['宣统委员']],
    ['第一支社支委杨雅文撰写了调研报告。', '杨雅文', ['支委']],
    ['张庄村党支部支委王明介绍了情况。', '王明', ['支委']],
  ])('%s → %s %j', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })

  it.each([
    // 支委会 (the branch committee's meeting) names no person.
    ['第一支社召开支委会，研究年度工作。'],
    ['镇党委召开宣统工作会议。'],
  ])('%s names no person', (text) => {
    expect(analyzer.analyze(text).persons).toEqual([])
  })

  it.each([
    // 总支委员 is a 委员 of the 总支 (dev 118), not a 支委.
    ['民建平阳县总支召开大会，陈爱珠、周文君当选为总支委员。', '陈爱珠', ['委员'], '民建平阳县总支'],
  ])('%s → %s %j of %s', (text, name, roles, org) => {
    expect(person(text, name)).toMatchObject({ roles, org })
  })
})
