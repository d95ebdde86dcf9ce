import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons

// A name in a 、-list whose given name is a title that names no office (杨冠军: 冠军 is a row of data/roles.tsv of kind
// other). The rule that a surname and a title are a form of address (李老师, 王主任) cut 杨冠军 into a person 杨 with the
// title 冠军, which then went to the names before it: dev 938 (省政协副主席陈强、祝列克、李晓东、李冬玉、杨冠军、王卫华…)
// lost the 副主席 of six names. Hand-checked; the first sentence is from dev 938, the rest our own.

describe('persons: a title word as the given name of a listed name', () => {
  it.each([
    ['省政协副主席陈强、李冬玉、杨冠军、王卫华、刘宽忍和秘书长闫超英出席。', '杨冠军'],
    ['市政协副主席张明、杨冠军和李华出席会议。', '杨冠军'],
  ])('%s → %s 副主席', (text, name) => {
    const ps = persons(text)
    expect(ps.find((p) => p.name === name)?.roles).toEqual(['副主席'])
    expect(ps.find((p) => p.name === name)?.cppccMember).toBe(true)
    expect(ps.some((p) => p.name === '杨')).toBe(false)
  })

  it('the names after it keep the list title', () => {
    const ps = persons('省政协副主席陈强、李冬玉、杨冠军、王卫华、刘宽忍和秘书长闫超英出席。')
    expect(ps.find((p) => p.name === '王卫华')?.roles).toEqual(['副主席'])
    expect(ps.find((p) => p.name === '李冬玉')?.roles).toEqual(['副主席'])
  })

  // Other titles in a list stay forms of address (hand-checked: no given name 校长, 经理, 站长 here).
  it.each([
    ['会后，王院长、李校长和张教授与大家交流。', ['李校长', '王院长', '张教授']],
    ['刘医生、陈经理、赵所长介绍了情况。', ['陈经理', '刘医生', '赵所长']],
    ['周队长、吴站长、郑行长一同前往。', ['吴站长', '周队长', '郑行长']],
  ])('%s: no name ends in a title', (text, forms) => {
    const names = persons(text).map((p) => p.name)
    for (const f of forms) expect(names).not.toContain(f)
  })
})
