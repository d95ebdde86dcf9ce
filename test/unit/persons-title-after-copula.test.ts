import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A title written after a name and the copula 是, its body written whole between (周宇鹤是汉源周佳医院副院长), is the
// person's title as after 为 or 现任 (GUIDE.md: roles are the titles the text gives; org the body of the role), the way
// profiles of members at work introduce them. Hand-checked; written for this test after dev 1314.
describe('persons: a title after the copula 是', () => {
  it.each([
    ['周宇鹤是汉源周佳医院副院长，也是一名县政协委员。', '周宇鹤', '副院长', '汉源周佳医院'],
    ['王丽是县人民医院院长。', '王丽', '院长', '县人民医院'],
    ['李明是县政协委员，多年来积极履职。', '李明', '委员', '县政协'],
  ])('%s → %s %s, org %s', (text, name, role, org) => {
    const p = person(text, name)
    expect(p?.roles).toContain(role)
    expect(p?.org).toBe(org)
  })

  it.each([
    // controls: no title after 是, or a description that names no body
    ['张三是我们学习的好榜样。', '张三'],
    ['赵强是一位热心公益的企业家。', '赵强'],
  ])('%s: %s has no role', (text, name) => {
    expect(person(text, name)?.roles ?? []).toEqual([])
  })
})
