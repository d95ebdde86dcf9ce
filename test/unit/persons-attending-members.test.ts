import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// 与会 ("attending") before the members present is no given name, though a surname (经, 向) may stand before it:
// 经与会委员投票选举 names no person 经与会 (GUIDE.md: persons are named people; dev 1249).
describe('与会 before a title is no name', () => {
  it.each([
    ['经与会委员投票选举,程伟当选为九三学社成都市委员会主任委员。', '经与会'],
    ['会议经与会代表充分酝酿,选举产生新一届领导班子。', '经与会'],
    ['向与会委员通报了提案办理情况。', '向与会'],
  ])('%s: no %s', (text, wrong) => {
    expect(analyzer.analyze(text).persons.map((p) => p.name)).not.toContain(wrong)
  })
})

describe('controls: names beside 与会 and before a title stay', () => {
  it.each([
    ['经与会委员投票选举,程伟当选为主任委员。', '程伟'],
    ['王明与会员代表座谈。', '王明'],
    ['市政协委员李经会出席会议。', '李经会'],
  ])('%s → %s', (text, name) => {
    expect(analyzer.analyze(text).persons.map((p) => p.name)).toContain(name)
  })
})
