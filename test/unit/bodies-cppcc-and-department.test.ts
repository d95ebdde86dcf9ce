import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// 政协 + 和/与/及 + a relative word and a department is the 政协 and the department, two bodies; no special committee of the
// 政协 begins with a conjunction (和 joins two fields only inside a stem: 社会法制和港澳台侨委). Sentences written for
// this test (as the 区政协与区建管委 of 上海 district reports); expected values by hand.
describe('bodies: a 政协 joined to a department by 和/与', () => {
  it.each([
    ['长宁区政协与区建管委、区房管局座谈。', ['长宁区政协', '长宁区建管委', '长宁区房管局']],
    ['长宁区政协与区发改委联合调研。', ['长宁区政协', '长宁区发改委']],
    ['静安区政协和区卫健委联合开展专题调研。', ['静安区政协', '静安区卫健委']],
    ['普陀区政协及区商务委负责同志参加。', ['普陀区政协', '普陀区商务委']],
  ])('%s', (text, bodies) => {
    const got = names(text)
    expect(got).toEqual(expect.arrayContaining(bodies))
    expect(got.filter((n) => /政协[和与及]/.test(n))).toEqual([])
  })

  // Controls: a conjunction inside a special committee's stem still joins its fields.
  it.each([
    ['县政协社会法制和港澳台侨委召开会议。', '县政协社会法制和港澳台侨委'],
    ['长宁区政协人口资源环境和建设委员会组织视察。', '长宁区政协人口资源环境和建设委员会'],
  ])('%s', (text, body) => {
    expect(names(text)).toContain(body)
  })
})
