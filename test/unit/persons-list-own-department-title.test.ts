import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A department written alone in a list of titled names that shares the body named first (民盟青岛市委…、秘书长陈洁、
// 副巡视员兼组织部部长沈竹君): where that body is one whose departments are its own (a democratic party), the title keeps
// the department whole and the org is that body, as right after the body's name (README; dev 1297). Expected by hand.
describe('persons: a democratic party department written alone in a list', () => {
  it.each([
    ['民盟青岛市委驻会副主委陈立波、秘书长陈洁、副巡视员兼组织部部长沈竹君等出席座谈会。', '沈竹君', ['副巡视员', '组织部部长'], '民盟青岛市委'],
    ['民盟青岛市委驻会副主委陈立波、秘书长陈洁、组织部部长沈竹君等出席座谈会。', '沈竹君', ['组织部部长'], '民盟青岛市委'],
    ['九三学社黄石市委副主委王强、宣传部部长李明出席活动。', '李明', ['宣传部部长'], '九三学社黄石市委'],
  ])('%s → %s', (text, name, roles, org) => {
    const p = person(text, name)
    expect(p?.roles).toEqual(roles)
    expect(p?.org).toBe(org)
  })

  // Controls: a party committee's department is a body of its own (青岛市委组织部); a 政协's office stays its title.
  it.each([
    ['中共青岛市委副书记陈立波、组织部部长沈竹君等出席座谈会。', '沈竹君', ['部长'], '青岛市委组织部'],
    ['青岛市政协副主席陈立波、办公室主任沈竹君等出席座谈会。', '沈竹君', ['办公室主任'], '青岛市政协'],
    // A venue named after the party is no body of the department (review of round 29): the democratic party is preferred.
    ['民盟市委在青岛大学召开座谈会，组织部部长李明主持。', '李明', ['组织部部长'], '民盟青岛市委'],
  ])('%s → %s', (text, name, roles, org) => {
    const p = person(text, name)
    expect(p?.roles).toEqual(roles)
    expect(p?.org).toBe(org)
  })
})
