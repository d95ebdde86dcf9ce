import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// Hand-checked truth: 永远 (永远荣誉会长, as 永久荣誉会长 of overseas associations) and 挂职 (a post held on secondment:
// 挂职副县长) belong to the title, which is reported whole (GUIDE: modifiers included; dev 1278 gold 永远荣誉会长, dev 834
// gold 挂职副县长). Controls: the adverb 永远 before a verb is no title's.
describe('roles: 永远 and 挂职 before a title are the title\'s', () => {
  it.each([
    ['马来西亚客家公会联合会永远荣誉会长杨天培出席大会。', '杨天培', ['永远荣誉会长']],
    ['平和挂职副县长傅一东在安厚镇调研。', '傅一东', ['挂职副县长']],
    ['县政府挂职副县长王明华陪同调研。', '王明华', ['挂职副县长']],
    // controls
    ['大家表示要永远跟党走，县政协主席李明华出席。', '李明华', ['主席']],
    ['县政协副主席王明华陪同调研。', '王明华', ['副主席']],
  ])('%s → %s', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })
})
