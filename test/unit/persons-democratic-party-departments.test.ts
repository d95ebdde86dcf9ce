import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// Round 19 (democratic parties): a democratic party's own department is no listed body, so its head's title stays
// whole (README: 参政议政部部长), also written short with the 部 shared (九三学社海淀区委组织部长, dev 856) and after
// the party's title across 、 (民建中央常委、组织部部长, dev 854); a CPC department in such a chain after a 政协 or
// party title is still a body, its head a 部长 (市政协副主席、统战部部长, dev 505). Expected values worked out by hand.

describe('persons: a democratic party’s department stays in its head’s title', () => {
  it.each([
    ['九三学社海淀区委组织部长王茹宣读了决定。', '王茹', ['组织部长'], '九三学社海淀区委'],
    ['民盟德州市委宣传部长李四出席会议。', '李四', ['宣传部长'], '民盟德州市委'],
    ['民建中央常委、组织部部长李世杰出席。', '李世杰', ['常委', '组织部部长'], '民建中央'],
    ['民进广东省委会秘书长、组织部长张三出席。', '张三', ['秘书长', '组织部长'], '民进广东省委会'],
    ['民革江苏省委宣传部副部长王强出席。', '王强', ['宣传部副部长'], '民革江苏省委'],
  ])('%s → %s %j of %s', (text, name, roles, org) => {
    expect(person(text, name)).toMatchObject({ roles, org })
  })

  it.each([
    // The CPC's departments are bodies: their heads are 部长.
    ['德州市召开会议。市政协副主席、市委统战部部长陈建国主持会议。', '陈建国', ['副主席', '部长']],
    ['市政协副主席、统战部部长陈建国主持会议。', '陈建国', ['副主席', '部长']],
    ['德州市召开会议。市委常委、组织部长王明出席。', '王明', ['市委常委', '部长']],
    ['德州市召开会议。市委组织部长王明出席。', '王明', ['部长']],
  ])('%s → %s %j', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })
})
