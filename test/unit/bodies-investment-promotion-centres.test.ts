import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.kind, c.region])

// A county's or district's investment-promotion centre (招商中心, 投资促进中心) is a government body written after its region
// or a relative word, as its 招商局 and 投促局 are (data/bodies.tsv). Expected values by hand; (page 1045) marks a dev page's
// sentence, the others were written for this test.
describe('bodies: an investment-promotion centre after its region', () => {
  it.each([
    // (page 1045)
    ['宛城区政协主席刘文昌带领区招商中心、经开区、区发改委负责同志调研。', [['宛城区政协', 'cppcc', '宛城区'], ['宛城区招商中心', 'government', '宛城区'], ['宛城区发改委', 'government', '宛城区']]],
    ['县投资促进中心主任王强汇报了招商引资情况。', [['县投资促进中心', 'government', null]]],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })

  it.each([
    // no region, or a word of several regions: no body
    ['要建设好招商中心大楼。'],
    ['各县区招商中心要加强对接。'],
  ])('no body in %s', (text) => {
    expect(bodies(text)).toEqual([])
  })
})
