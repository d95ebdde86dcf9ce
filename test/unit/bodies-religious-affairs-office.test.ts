import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Round 21c: the office of ethnic and religious affairs written short after a relative word (区民宗办, as 上海's districts
// name their 民族和宗教事务办公室: dev 762) is a government body of the page's region (data/bodies.tsv), not the person
// 区民宗 (区 is a surname too). Other offices ending in 办 after 区 make no person either (controls). Expected values by hand.
describe('a relative word + an office abbreviation ending in 办 (round 21c)', () => {
  it.each([
    ['黄浦区政协召开会议，区侨办、区民宗办和区侨联参加。', '黄浦区民宗办'],
    ['黄浦区政协召开会议，区民宗办负责同志参加。', '黄浦区民宗办'],
    ['长宁区政协组织委员视察。区民族和宗教事务办公室主任王红陪同。', '长宁区民族和宗教事务办公室'],
  ])('%s → %s, no person', (text, name) => {
    const r = analyzer.analyze(text)
    expect(r.committees.map((c) => c.name)).toContain(name)
    expect(r.persons.map((p) => p.name).filter((n) => n.startsWith('区'))).toEqual([])
  })
  it.each([
    ['黄浦区政协召开会议，区侨办、区综治办和区侨联参加。'],
    ['黄浦区政协召开会议，区双拥办、区援藏办和区侨联参加。'],
    ['黄浦区政协召开会议，区民族办、区宗教办和区侨联参加。'],
  ])('%s makes no person of 区', (text) => {
    expect(analyzer.analyze(text).persons.map((p) => p.name).filter((n) => n.startsWith('区'))).toEqual([])
  })
})
