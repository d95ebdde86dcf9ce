import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// Hand-written sentences (names varied): a person's titles in groups set apart by commas keep the groups before when
// an opening clause that names no one (a time) comes first, as at the sentence's start (dev 1176).
describe('title groups set apart by commas after an opening clause', () => {
  it.each<[string, string, string[], string]>([
    ['6月25日，全国政协常委、副秘书长，民建中央常务副主席王钦敏出席。', '王钦敏', ['常委', '副秘书长', '常务副主席'], '全国政协'],
    ['会议期间，市政协常委、副秘书长，民建市委主委李明发言。', '李明', ['常委', '副秘书长', '主委'], '市政协'],
    ['3月5日至7日，省政协常委、经济委员会副主任，农工党省委主委赵光出席会议。', '赵光', ['常委', '副主任', '主委'], '省政协'],
  ])('%s → %s %j of %s', (text, name, roles, org) => {
    expect(person(text, name)).toMatchObject({ roles, org })
  })

  // Controls: an opening clause that names a person or a title: the groups before are not the later name's.
  it.each<[string, string, string[]]>([
    ['市政协主席张强出席，市政协常委、副秘书长，民建市委主委李明发言。', '李明', ['主委']],
    ['会上，市政协副主席张强讲话，秘书长，民建市委主委李明发言。', '李明', ['主委']],
  ])('%s → %s %j', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })
})
