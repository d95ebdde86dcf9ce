import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// The guests and informants a 政协 invites are titles of its own, written whole (特邀嘉宾, 特邀信息员: data/roles.tsv).
// Real sentences of dev pages 530, 632, 654 and hand-written ones of that form.
describe('特邀嘉宾 and 特邀信息员 are titles', () => {
  it.each<[string, string, string[], string | null]>([
    ['走访区政协委员汪世灏，参加区政协港澳特邀嘉宾杨美瑜女士向福利院爱心捐赠仪式。', '杨美瑜', ['特邀嘉宾'], null], // (org 区政协 across 港澳: not read yet)
    ['会后，特邀嘉宾、桂林广运实业投资有限公司执行董事、常务副总经理宋军立即捐款11.26万元。', '宋军', ['特邀嘉宾', '执行董事', '常务副总经理'], null],
    ['会上，中共上海市委统战部、上海市政协特邀信息员李楠君和泰州市政协研究室副主任陈铭应邀作专题辅导。', '李楠君', ['特邀信息员'], '上海市政协'],
    ['市政协特约信息员王建华作交流发言。', '王建华', ['特约信息员'], '市政协'],
  ])('%s → %s %j of %s', (text, name, roles, org) => {
    const p = person(text, name)
    expect(p?.roles).toEqual(roles)
    if (org) expect(p?.org).toBe(org)
  })

  it.each<[string, string[]]>([
    // Controls: 嘉宾 and 信息员 alone are no titles (a list of duties, the guests present).
    ['委员们要当好信息员、宣传员，张明说。', []],
    ['出席嘉宾还有李红等人。', []],
  ])('%s → no such title', (text, roles) => {
    const titled = analyzer.analyze(text).persons.flatMap((p) => p.roles).filter((r) => /嘉宾|信息员/.test(r))
    expect(titled).toEqual(roles)
  })
})
