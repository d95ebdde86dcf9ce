import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// Enterprise heads named with their firm (dev page 1129, 住粤全国政协委员; README: a person's org is the firm as written
// where the title names it): the title 董事 in a chain, a firm's board (董事局 of 董事局主席) that is no bureau, and a firm
// whose name holds a word of direction (中国 + 南方 + 航空集团有限公司).
describe('enterprise heads: titles and the firm as org', () => {
  it.each<[string, string, string[], string | null]>([
    ['具体来看，既有企业精英，如中国南方电网有限责任公司董事、总经理、党组副书记曹志安等。', '曹志安', ['董事', '总经理', '党组副书记'], '中国南方电网有限责任公司'],
    ['深圳正威国际集团有限公司董事局主席王文银等也在其中。', '王文银', ['董事局主席'], '深圳正威国际集团有限公司'],
    ['如中国南方航空集团有限公司董事长、党组书记王昌顺出席。', '王昌顺', ['董事长', '党组书记'], '中国南方航空集团有限公司'],
    // Hand-written, like the above.
    ['座谈会上，市政协委员、浙江华东建设有限公司董事张明发言。', '张明', ['委员', '董事'], '市政协'],
  ])('%s → %s %j of %s', (text, name, roles, org) => {
    const p = person(text, name)
    expect(p?.roles).toEqual(roles)
    expect(p?.org).toBe(org)
  })

  it.each<[string, string]>([
    // A firm's board is no body (it ended in 局, a bureau's head word).
    ['深圳正威国际集团有限公司董事局主席王文银等也在其中。', '董事局'],
    // Controls: a bureau stays one.
    ['深圳市财政局局长张三出席会议。', ''],
  ])('%s: no committee ends in %s', (text, end) => {
    const names = analyzer.analyze(text).committees.map((c) => c.name)
    if (end) expect(names.filter((n) => n.endsWith(end))).toEqual([])
    else expect(names).toContain('深圳市财政局')
  })

  it.each<[string]>([
    // Controls: a word of direction is no firm's name where nothing proper begins it (市内 + 物流公司).
    ['在市内物流公司工作的张三发言。'],
  ])('%s: no org', (text) => {
    expect(analyzer.analyze(text).persons.every((p) => p.org === null)).toBe(true)
  })
})
