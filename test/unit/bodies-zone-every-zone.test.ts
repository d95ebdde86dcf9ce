import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// 各 before a zone's word (各开发区管委会, 各园区党工委) names the committees of every zone, no one body, as 各村党支部
// and 各镇党委 name none (dev-pages README: generic forms naming every township are not bodies; GUIDE.md: a body named
// only by a generic word is not). Sentences written for this test.
describe('bodies: every zone’s committee is no body', () => {
  it.each([
    ['各开发区管委会负责人参加会议。', []],
    ['全市各园区党工委书记参加培训。', []],
    ['市政协调研组召集各高新区管委会座谈。', ['市政协']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    // one zone: a body as written
    ['高新区管委会负责人参加会议。', ['高新区管委会']],
    ['区委常委、经开区党工委书记、管委会主任贾迪参加调研。', ['区委', '经开区党工委', '经开区管委会']],
  ])('%s: one zone', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
