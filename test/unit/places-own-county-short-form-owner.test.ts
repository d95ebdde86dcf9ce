import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A county's or district's short form written alone, opening a clause as the owner of a noun phrase (上虞的整体影响力),
 * on a page that speaks of its own region at that level (区政协, 县政协) and names no other division of that suffix, is
 * the page's own county: its relative bodies take it (区政协 → 上虞区政协; dev 1136). Only a rare proper name of one
 * county (data/own-region-phrases.tsv, position owner); short forms that are ordinary words stay none. Checked by hand.
 */
const read = (text: string) => {
  const r = analyzer.analyze(text)
  return { places: r.places.map((p) => p.name), committees: r.committees.map((c) => c.name) }
}
const QU = '区政协召开常委会议,区政协主席王明主持会议。'

describe("a county's short form owning a phrase on its own page", () => {
  it.each([
    [`${QU}发展基本面进一步提升,上虞的整体影响力进一步提高。`, ['上虞区'], ['上虞区政协']],
    [`${QU}萧山的综合实力明显增强。`, ['萧山区'], ['萧山区政协']],
    [`${QU}顺德的营商环境持续优化。`, ['顺德区'], ['顺德区政协']],
  ])('%s', (text, places, committees) => expect(read(text)).toEqual({ places, committees }))

  it.each([
    [`${QU}和平的环境来之不易。`, '和平: an ordinary word first'],
    [`${QU}红旗的故事代代相传。`, '红旗: an ordinary word first'],
    ['上虞的整体影响力进一步提高。', 'no relative body of the level'],
    ['县政协组织委员视察长白岛管理工作。', 'inside a longer name, no 的'],
    ['县政协组织委员视察临城卫生院。', 'a township’s stem in a clinic’s name'],
    [`${QU}委员王武进的发言引起共鸣。`, 'the end of a person’s name'],
    [`${QU}上虞的发展较快,萧山的经验较多。`, 'two counties: neither is the page’s'],
  ])('none: %s (%s)', (text) => {
    const r = read(text)
    expect(r.places).toEqual([])
    expect(r.committees.every((c) => !/[区县]政协$/.test(c) || c.length === 3)).toBe(true)
  })

  it('another district named on the page keeps the short form out', () => {
    expect(read(`${QU}萧山区委书记出席。上虞的经验值得学习。`).places).toEqual(['萧山区'])
  })
})
