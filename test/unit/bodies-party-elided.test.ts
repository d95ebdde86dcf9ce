import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A democratic party's committee written without the party's name, and the commissions listed after one (round 8a):
// hand-checked truth by the rules of test/fixtures/gold/GUIDE.md and test/fixtures/dev-pages/README.md (page 447).

describe('bodies: a party committee written after a democratic party’s centre is that party’s', () => {
  it.each([
    // After the party's centre, a modifier before the title (专职副主委).
    ['全国政协委员、民盟中央常委、广东省委专职副主委兼秘书长李竟先带队调研。', '民盟广东省委', '广东省委'],
    ['九三学社中央委员、江苏省委副主委王五出席。', '九三学社江苏省委', '江苏省委'],
    // After one of its provincial committees, as before.
    ['九三学社河南省委专职副主委陈志民，山西省委副主委阎义勇出席。', '九三学社山西省委', '山西省委'],
  ])('%s → %s, not %s', (text, name, wrong) => {
    expect(names(text)).toContain(name)
    expect(names(text)).not.toContain(wrong)
  })

  it.each([
    // A Communist Party title after the committee: the party committee.
    ['民盟中央常委、省委书记张三出席。', '民盟省委'],
    // A new sentence: the party named before no longer holds.
    ['民盟中央常委李四讲话。江苏省委常委、宣传部部长王五出席。', '民盟江苏省委'],
  ])('%s: no %s', (text, wrong) => {
    expect(names(text)).not.toContain(wrong)
  })
})

describe('bodies: a commission listed after a democratic party’s committee is the party’s own', () => {
  it('民盟广东省委社会与法制委员会主任X、教育委员会副主任Y: no 广东省教育委员会', () => {
    const text = '民盟广东省委社会与法制委员会主任王晓华、教育委员会副主任宋世斌参加调研。'
    expect(names(text)).toContain('民盟广东省委')
    expect(names(text)).not.toContain('广东省教育委员会')
  })

  it.each([
    // After a government's department, a list of departments keeps its region.
    ['清远市教育局、卫生局、水务局负责人参加。', ['清远市教育局', '清远市卫生局', '清远市水务局']],
    // 人力资源与社会保障局 is the 人社局 written with 与 (data/bodies.tsv).
    ['清远市教育局、人力资源与社会保障局负责人参加。', ['清远市教育局', '清远市人力资源与社会保障局']],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected))
  })
})
