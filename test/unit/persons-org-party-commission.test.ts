import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A democratic party committee's own commission (X委员会, X专委会) is no listed body: its officers' org is the party
// committee (test/fixtures/dev-pages/README.md, persons: "its special committees are read as the party committee's own
// (社会与法制委员会主任, 参委会主任 → 主任, org the party committee: 447, 574, 623)"), also for a commission listed after
// the first across 、 (447 教育委员会副主任宋世斌, 科技委员会委员邱静). Sentences written for this test, not from a page.

describe('persons: a title of a democratic party’s own commission listed after its committee', () => {
  it.each([
    ['民盟广东省委社会与法制委员会主任王晓华、教育委员会副主任宋世斌、科技委员会委员邱静参加调研。', '宋世斌', '副主任', '民盟广东省委'],
    ['民盟广东省委社会与法制委员会主任王晓华、教育委员会副主任宋世斌、科技委员会委员邱静参加调研。', '邱静', '委员', '民盟广东省委'],
    ['九三学社南岸区委召开会议,参政议政专委会主任王巍、青年专委会主任曾政出席。', '曾政', '主任', '九三学社南岸区委'],
    ['致公党嘉定区委主委秦高荣、副主委宋放、留学生工作委员会主任李月玲等参加活动。', '李月玲', '主任', '致公党嘉定区委'],
  ])('%s: %s %s → %s', (text, name, role, org) => {
    const p = person(text, name)
    expect(p?.roles).toEqual([role])
    expect(p?.org).toBe(org)
    expect(p?.cppccMember).toBe(false)
  })

  it.each([
    // Controls: after a 政协 or a congress the commission is theirs or unknown, as before.
    ['市政协副主席张三、经济委员会主任李四出席。', '李四', '市政协经济委员会'],
    ['民盟广东省委主委张三出席。会上,市人大常委会副主任王五、教育委员会主任赵六发言。', '赵六', '教育委员会'],
    // …and a zone's or a firm's 管理委员会 is never the party's (review of round 17): a firm's is no body, org null; a
    // zone's is the zone's administrative committee written in full (管委会, README: zone bodies as written; round 32).
    ['民盟长春市委主委张三、华侨城集团管理委员会主任李四出席。', '李四', null],
    ['民盟长春市委主委张三出席，开发区管理委员会主任李四陪同。', '李四', '开发区管理委员会'],
  ])('%s: %s → %s', (text, name, org) => {
    expect(person(text, name)?.org).toBe(org)
  })
})
