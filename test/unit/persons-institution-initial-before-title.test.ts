import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A report visiting a hospital names it again by 院 before a member's other title, across 、 (区政协常委、院儿科主任符莉,
// 区政协委员、院党委书记汪志良): 院 is the hospital, no part of the title, and the chain of titles goes on before it
// (data/title-words.tsv institution-initial; dev 1225). Expected by hand.
describe('persons: 院 naming the hospital again before a title', () => {
  const visit = '区政协副主席施斌一行到徐汇区中心医院调研走访,并看望区政协委员、院党委书记汪志良,区政协常委、院儿科主任符莉和区政协委员、院影像科主任许永华。'
  it.each([
    [visit, '汪志良', ['委员', '党委书记'], '徐汇区政协'],
    [visit, '符莉', ['常委', '儿科主任'], '徐汇区政协'],
    [visit, '许永华', ['委员', '影像科主任'], '徐汇区政协'],
    ['市政协委员到县人民医院走访，看望了市政协委员、院党委副书记王立新。', '王立新', ['委员', '党委副书记'], '市政协'],
  ])('%s → %s', (text, name, roles, org) => {
    const p = person(text, name)
    expect(p?.roles).toEqual(roles)
    expect(p?.org).toBe(org)
  })

  // Controls: 院 inside a word before the title (法院院长, 学院党委书记) stays as it is.
  it.each([
    ['县政协委员、法院院长李明出席。', '李明', ['委员', '院长']],
    ['区政协常委、学院党委书记张明出席。', '张明', ['常委', '党委书记']],
  ])('%s → %s', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })
})
