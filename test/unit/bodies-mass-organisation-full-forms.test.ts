import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const analyze = (text: string) => analyzer.analyze(text)

// Round 19 (mass organisations): the written forms of county and city mass organisations beside 工商联 and 侨联:
// 工商联合会 (县工商联合会会长, dev 1021), 归侨侨眷联合会 and 华侨联合会 (a county’s 侨联 by its full name, after a relative
// word: written after the place, the association rule reads them already), and the
// returned students' 留学人员联谊会 (归国留学人员联谊会). Expected values worked out by hand.

describe('bodies: full forms of mass organisations after a region', () => {
  it.each([
    ['浮山县召开会议。浮山县工商联合会会长程东晓作报告。', '浮山县工商联合会', '程东晓', '会长'],
    ['文成县召开会议。县归侨侨眷联合会主席王明出席。', '文成县归侨侨眷联合会', '王明', '主席'],
    ['西山区召开会议。区华侨联合会主席李强出席。', '西山区华侨联合会', '李强', '主席'],
    ['大连市召开会议。市归国留学人员联谊会会长曲维出席。', '大连市归国留学人员联谊会', '曲维', '会长'],
    ['秦皇岛市召开会议。秦皇岛市留学人员联谊会会长刘丽出席。', '秦皇岛市留学人员联谊会', '刘丽', '会长'],
  ])('%s → %s', (text, name, who, role) => {
    const r = analyze(text)
    expect(r.committees.find((c) => c.name === name)).toMatchObject({ kind: 'mass-organisation' })
    expect(r.persons.find((p) => p.name === who)).toMatchObject({ roles: [role], org: name })
  })

  it('one body however written: 我县工商联 … 县工商联合会', () => {
    const r = analyze('我县工商联召开大会。浮山县领导出席。县工商联合会会长程东晓作报告。')
    expect(r.committees.filter((c) => c.kind === 'mass-organisation').map((c) => c.name)).toEqual(['浮山县工商联'])
  })

  it.each([
    // An overseas association after a foreign country is no body of a Chinese region.
    ['美国华侨联合会会长王明回乡探亲。', '华侨联合会'],
    // 工商联合会议: a meeting, not a body's form.
    ['民建工商联合会议召开。', '工商联合会'],
  ])('%s: no %s', (text, part) => {
    expect(analyze(text).committees.filter((c) => c.name.includes(part))).toEqual([])
  })
})
