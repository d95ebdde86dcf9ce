import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => `${c.name}|${c.kind}`)

// 知识界人士联谊会 is the full name of a city's 知联会 (深圳市知识界人士联谊会), and 经济信息委 the form 重庆 writes for its
// 经济和信息化委员会 (市经济信息委, 区经济信息委): both are bodies after a region or a relative word, one body with their
// other forms. Expected values worked out by hand (round 20, dev 1066 and 1070).
describe('bodies: 知识界人士联谊会 and 经济信息委 after a region or a relative word', () => {
  it.each([
    ['深圳市知识界人士联谊会负责人应邀出席会议。', '深圳市知识界人士联谊会|mass-organisation'],
    ['市各民主党派、市工商联、市知识界人士联谊会负责人出席。深圳市政协主席出席。', '深圳市知识界人士联谊会|mass-organisation'],
    ['重庆市经济信息委相关负责人作了介绍。', '重庆市经济信息委|government'],
    ['荣昌区政协邀请区经济信息委负责人参加座谈。', '荣昌区经济信息委|government'],
  ])('%s', (text, body) => {
    expect(bodies(text)).toContain(body)
  })

  // Controls: the words inside a longer phrase, or without a region, name no such body.
  it.each([
    ['他长期关注知识界人士联谊交友工作。', '知识界人士联谊'],
    ['全市经济信息委托服务平台上线。', '经济信息委'],
  ])('%s', (text, part) => {
    expect(bodies(text).some((b) => b.includes(part))).toBe(false)
  })
})
