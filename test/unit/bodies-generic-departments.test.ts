import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A department written before 门 is the generic department, not the party committee's department (统战部门 must not become
// 统战部: open item of rounds 12–13, dev 497 龙华区统战部门, survey 自流井区 page): data/generic-body-ends.txt. The department
// written whole stays a body. Expected values written by hand from GUIDE.md (generic words are not bodies).
describe('bodies: 部门 after a department is the generic department', () => {
  it.each([
    ['县统战部门要加强对民主党派的指导。宜丰县政协召开会议。', '宜丰县统战部'],
    ['希望龙华区统战部门和统一战线各界人士团结奋进。', '龙华区统战部'],
    ['市委统战部门要主动作为。宜春市政协召开会议。', '宜春市委统战部'],
    ['县委宣传部门要做好宣传。宜丰县政协召开会议。', '宜丰县委宣传部'],
  ])('%s: no %s', (text, name) => {
    expect(names(text)).not.toContain(name)
  })

  it.each([
    ['宜春市委统战部部长李明出席。', '宜春市委统战部'],
    ['县委宣传部、统战部负责同志出席。宜丰县政协召开会议。', '宜丰县委统战部'],
    ['宜春市发改委派员参加会议。', '宜春市发改委'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  // A longer word that merely begins with 部门, 部队 or 会制度 leaves the body whole: 门口, 门前, 队伍, 队员 after 部, and
  // 制度 after a standing committee (only 人民代表大会制度 is the system). Review of round 14 (first four); the rest
  // written for this test. Expected by hand.
  it.each([
    ['他站在县委组织部门口等候。', '县委组织部', '县委'],
    ['县人武部队伍建设取得新进展。', '县人武部', null],
    ['市委组织部队伍建设要求严格。', '市委组织部', '市委'],
    ['完善市人大常委会制度建设。', '市人大常委会', '市人大'],
    ['县委宣传部门前的广场上人头攒动。', '县委宣传部', '县委'],
    ['县人武部队员参加了抢险。', '县人武部', null],
    ['加强县人大常委会制度建设。', '县人大常委会', '县人大'],
  ])('%s → %s', (text, name, not) => {
    const got = names(text)
    expect(got.some((n) => n.endsWith(name))).toBe(true)
    if (not) expect(got).not.toContain(not)
  })

  it.each([
    ['坚持和完善人民代表大会制度。'],
    ['各级组织部门要负起责任。'],
    ['驻地部队官兵参加抢险。'],
  ])('%s: no body', (text) => {
    expect(names(text)).toEqual([])
  })
})

// A military region named by its city keeps the name as written, as a 军分区 does (济南军区, not 济南市军区: dev 784); the
// province's 省军区 is the province's. Sentences of our own.
describe('bodies: military regions named by a city', () => {
  it.each([
    ['省和济南军区、省军区部分老同志出席大会。山东省政协闭幕。', '济南军区', '山东省军区'],
    ['南京军区老同志和江苏省军区领导出席。', '南京军区', '江苏省军区'],
  ])('%s → %s, %s', (text, a, b) => {
    const names = analyzer.analyze(text).committees.filter((c) => c.kind === 'military').map((c) => c.name)
    expect(names).toEqual(expect.arrayContaining([a, b]))
    expect(names.some((n) => n.endsWith('市军区'))).toBe(false)
  })
})
