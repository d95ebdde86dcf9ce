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

// 和县 is a county of Anhui, and 和 a conjunction: after another word, 和县政协 is as often 和 + 县政协.
describe('a division whose name begins with a conjunction, after another word', () => {
  it.each([
    ['市政协和县政协的委员参加视察。', [], ['市政协', '县政协']],
    ['会议研究部署和县政协党组的工作。', [], ['县政协']],
  ])('%s: no 和县', (text, places, bodies) => {
    const r = analyzer.analyze(text)
    expect(r.places.map((p) => p.name)).toEqual(places)
    expect(r.committees.map((c) => c.name)).toEqual(bodies)
  })

  it.each([
    ['和县政协召开常委会议。', ['和县']],
    ['安徽省和县政协主席出席。', ['安徽省', '和县']],
    ['马鞍山市政协和和县政协联合调研。', ['马鞍山市', '和县']],
    ['新疆和田地区政协召开会议。', ['新疆维吾尔自治区', '和田地区']],
  ])('%s: the division, where it begins a clause or its parent is written', (text, places) => {
    expect(analyzer.analyze(text).places.map((p) => p.name)).toEqual(places)
  })
})
