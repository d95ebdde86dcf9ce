import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// The head of a group formed for a task (活动小组, 民主监督小组) is written 组长 bare, however short the group's name
// (gold of dev 376, 539, 1015, 1128; README: 镇政协委员联络组组长 → 组长), where a standing office before a title stays in
// the role (心内二科主任: persons-office-before-title.test.ts).
describe('persons: a task group before 组长 is no office of the role', () => {
  it.each<[string, string, string[]]>([
    ['市政協副秘書長、市工商聯副主席、活動小組組長顧小萍主持會議。', '顾小萍', ['副秘书长', '副主席', '组长']],
    ['市政协委员、民丰特种纸股份有限公司总经理、活动小组副组长卢卫伟组织学习。', '卢卫伟', ['委员', '总经理', '副组长']],
    // Hand-written, like them.
    ['座谈会上，县政协委员、课题小组组长张丽作了汇报。', '张丽', ['委员', '组长']],
    // Control: a standing office stays (a department of a hospital).
    ['会议由市政协委员、心内二科主任王建国主持。', '王建国', ['委员', '心内二科主任']],
  ])('%s: %s %j', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })
})
