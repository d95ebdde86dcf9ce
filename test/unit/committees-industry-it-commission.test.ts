import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A city's commission of industry and information technology, written 工信委 or in full 工业和信息化委员会, is a
// government department (GUIDE: departments in any written form), the region completed, the body part as written
// (dev 1412 延安市工信委, a 政协 双周协商 page). Expected by hand.
describe('committees: 工信委, a government\'s commission of industry and IT', () => {
  it.each([
    ['延安市政协召开双周协商座谈会，多位政协委员与延安市工信委负责人进行交流讨论。', '延安市工信委'],
    ['延安市政協召開雙周協商座談會，多位政協委員與延安市工信委負責人進行交流討論。', '延安市工信委'],
    ['宝鸡市政协调研组到市工业和信息化委员会调研。', '宝鸡市工业和信息化委员会'],
    ['宝鸡市政协调研组到市工业和信息化委调研。', '宝鸡市工业和信息化委'],
  ])('%s', (text, body) => {
    expect(names(text)).toContain(body)
  })

  // Controls: the 工信局 and the national 工业和信息化部 keep their rows; a 工信委 with no region and no relative word
  // before it names no one body.
  it.each([
    ['宝鸡市政协调研组到市工信局调研。', '宝鸡市工信局'],
    ['全国政协委员到工业和信息化部调研。', '工业和信息化部'],
  ])('%s', (text, body) => {
    expect(names(text)).toContain(body)
  })
  it('a 工信委 written bare on a page naming no place', () => {
    expect(names('会上，工信委负责人介绍了情况。').some((n) => n.endsWith('工信委'))).toBe(false)
  })
})
