import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.region])

// The offices of a region's housing and demolition work written after its region or in a list after one of its
// departments (区住建局、房管所、拆迁办: the district's, dev 1113; data/bodies.tsv), as 房管局 is.
describe('bodies: 房管所, 拆迁办, 征收办, 棚改办 of a region', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['罗江区政协召开协商会，区住建局、房管所、拆迁办、设计单位相关负责人参会。', [['罗江区房管所', '罗江区'], ['罗江区拆迁办', '罗江区']]],
    ['平和县政协委员视察安置房建设，县征收办负责人介绍了情况。', [['平和县征收办', '平和县']]],
    ['罗江区政协委员视察了区棚改办。', [['罗江区棚改办', '罗江区']]],
  ])('%s', (text, bodies) => {
    expect(committees(text)).toEqual(expect.arrayContaining(bodies))
  })
  // Controls: the word with no region and in no list of a region's departments names no body.
  it.each([
    ['在拆迁办工作多年的委员作了发言。'],
    ['设计单位、拆迁办有关人员参加。'],
  ])('%s: no body', (text) => {
    expect(analyzer.analyze(text).committees).toEqual([])
  })
})
