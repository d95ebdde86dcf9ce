import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// The chair of a session's presidium meetings is one title as written (README: whole titles; gold of dev 112,
// 796, 943): 主席团会议主持人, 常务主席会议主持人, not the bare 主持人.
describe('persons: the chair of the presidium meetings is one title', () => {
  it.each([
    ['在省政协十二届一次会议主席团会议主持人黄建盛的主持下，会议召开第二次全体会议。', '黄建盛', '主席团会议主持人', '省政协'],
    ['市政协十四届一次会议常务主席会议主持人宋育英主持会议。', '宋育英', '常务主席会议主持人', '市政协'],
  ])('%s', (text, name, role, org) => {
    expect(person(text, name)).toMatchObject({ roles: [role], org, cppccMember: true })
  })

  // Controls: a bare 主持人 stays 主持人, and a 主席团 alone is no title.
  it.each([
    ['节目主持人李明华宣布比赛开始。', '李明华', ['主持人']],
    ['主席团成员张建国出席会议。', '张建国', []],
  ] as Array<[string, string, string[]]>)('%s', (text, name, roles) => {
    expect(person(text, name)?.roles ?? []).toEqual(expect.not.arrayContaining(['主席团会议主持人']))
    if (roles.length) expect(person(text, name)?.roles).toEqual(roles)
  })
})
