import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// The commissions that 上海's and 北京's districts write short after 区: 科委 (科学技术委员会, the same body as 科技委) and
// 经委 (经济委员会) (data/bodies.tsv; dev 824 区经委, 896 区科委). Sentences written for this test; expected values by hand.
describe('bodies: a district\'s 科委 and 经委', () => {
  it.each([
    ['宝山区政协教科文卫体委与区经委开展对口协商。', ['宝山区政协教科文卫体委', '宝山区经委']],
    ['闵行区政协委员与区科委普及部负责人座谈。', ['闵行区政协', '闵行区科委']],
    ['海淀区政协组织委员视察,区科委、区经委负责同志陪同。', ['海淀区政协', '海淀区科委', '海淀区经委']],
  ])('%s', (text, bodies) => {
    expect(names(text)).toEqual(expect.arrayContaining(bodies))
  })

  // 科委 and 科学技术委员会 are one body: the name keeps the form written first.
  it('科学技术委员会 … 科委 is one body', () => {
    expect(names('徐汇区科学技术委员会与区政协座谈。会上,区科委介绍了情况。').filter((n) => n.includes('科'))).toEqual(['徐汇区科学技术委员会'])
  })

  // Controls: a 政协's special committee of economy stays the 政协's.
  it.each([
    ['市政协经济委员会组织视察。', '市政协经济委员会'],
    ['黄浦区政协经济委员会副主任出席。', '黄浦区政协经济委员会'],
  ])('%s', (text, body) => {
    expect(names(text)).toContain(body)
  })
})
