import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A 政协's liaison group of members in a town (榄核地方组, 城关联络组, 独山港镇委员小组) is no body and no office of
// its head's title, however short its name (README: such a title stays among the roles as 组长; 000 镇政协委员联络组组长
// 何涛 → 组长): the title is written bare; org follows the person's other titles, else the body written before the
// group (README: 324 市政协联络室主任 → the 政协). Expected by hand.
describe('persons: the head of a liaison group holds a bare 组长', () => {
  it.each([
    ['座谈会上，榄核镇党委副书记、榄核地方组组长唐斌作了发言。', '唐斌', ['党委副书记', '组长'], '榄核镇党委'],
    ['会上，城关镇党委副书记、城关联络组组长李明发言。城关镇位于平和县。', '李明', ['党委副书记', '组长'], '城关镇党委'],
    ['平和县政协城关联络组组长李明发言。', '李明', ['组长'], '平和县政协'],
    ['平湖市政协独山港镇委员小组组长陆婷主持会议。', '陆婷', ['组长'], '平湖市政协'],
  ])('%s', (text, name, roles, org) => {
    const p = person(text, name)
    expect(p?.roles).toEqual(roles)
    expect(p?.org).toBe(org)
  })

  // Controls: an office of the body that is no liaison group keeps its place in the title (纪检组组长, 办公室主任,
  // 联络室主任: README, a role keeps the office written directly before the title).
  it.each([
    ['驻市政协纪检组组长王强出席会议。', '王强', '纪检组组长'],
    ['市政协联络室主任程晋仓参加调研。', '程晋仓', '联络室主任'],
    ['区政协办公室主任张华主持会议。', '张华', '办公室主任'],
  ])('%s', (text, name, role) => {
    expect(person(text, name)?.roles).toContain(role)
  })
})
