import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// Round 24 (dev 1186): 会长 and 副会长 written alone (刘会林、金琼、孙辉当选副会长) are titles of the mass organisation the
// article names before them (知联会, 新联会, 工商联 with its 总商会), as 主委 written alone is the democratic party's
// (data/roles.tsv, column of; GUIDE.md: org is the body of the role). Where the page names no mass organisation the
// org stays null. Sentences written for this test; expected values worked out by hand.

describe('persons: 会长 and 副会长 written alone are the mass organisation’s', () => {
  it.each([
    ['会议选举产生了湾沚区党外知识分子联谊会第一届领导班子，刘会林、金琼当选副会长。', '刘会林', ['副会长'], '湾沚区党外知识分子联谊会'],
    ['会议选举产生了湾沚区党外知识分子联谊会第一届领导班子，刘会林、金琼当选副会长。', '金琼', ['副会长'], '湾沚区党外知识分子联谊会'],
    ['西夏墅镇新的社会阶层人士联合会成立。会议选举产生理事8名，仇志平当选为会长。', '仇志平', ['会长'], '西夏墅镇新的社会阶层人士联合会'],
    ['石狮市工商联召开执委会议，会议增补张明为副会长。', '张明', ['副会长'], '石狮市工商联'],
  ])('%s → %s %j of %s', (text, name, roles, org) => {
    expect(person(text, name)).toMatchObject({ roles, org })
  })

  it.each([
    // No mass organisation on the page: no body to give.
    ['会议选举产生了新一届领导班子，刘会林当选副会长。', '刘会林'],
    // A 政协 named before is no association: its officer's title does not pass to the 会长.
    ['市政协副主席张三出席。李四当选会长。', '李四'],
  ])('%s → %s without an org', (text, name) => {
    expect(person(text, name)?.org).toBeNull()
  })
})
