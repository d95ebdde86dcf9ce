import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A county's short form on a page about that county, with no full name and no parent written.
describe('a page of its own county names it by its short form', () => {
  it('陈仓 twice, with 区委 and 区政协: 陈仓区, and its relative bodies resolve to it', () => {
    const r = analyzer.analyze('区委常委、统战部部长王亚海参加会议并讲话。学习传达了区政协会议精神。要把陈仓的工作共同做好，为“陈仓崛起”资政建言。')
    expect(r.places.map((p) => [p.name, p.parent])).toEqual([['陈仓区', '宝鸡市']])
    expect(r.committees.map((c) => c.name)).toEqual(['陈仓区委', '陈仓区委统战部', '陈仓区政协'])
  })

  it('a common word that is also a short form stays a word (资源, 合作)', () => {
    expect(analyzer.analyze('县政协要整合资源，用好资源，加强合作，深化合作。').places).toEqual([])
  })

  it('written once, a proper name alone is no place', () => {
    expect(analyzer.analyze('区政协学习传达了会议精神，为陈仓崛起建言。').places).toEqual([])
  })
})
