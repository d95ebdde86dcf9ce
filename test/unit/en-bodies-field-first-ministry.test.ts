import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [string, string, string | null]
const bodies = (text: string): Row[] => analyzer.analyze(text).committees.map((c) => [c.name, c.kind, c.region])

// The State Council's ministries written field first, as the English press of China writes them (the Foreign Ministry,
// the Finance Ministry, the Commerce Ministry): the same bodies as "Ministry of X", named as written (GUIDE.md: English
// bodies as written). Round 32: en dev 697 (Finance Ministry, Health Ministry), en dev 607 (Environmental Protection
// Ministry). Hand-checked truth.
describe('English bodies: ministries written field first', () => {
  it.each<[string, Row[]]>([
    ["Gao's suggestion was accepted by the Finance Ministry and the Health Ministry.", [['Finance Ministry', 'government', '全国'], ['Health Ministry', 'government', '全国']]],
    ['The Environmental Protection Ministry oversaw 314 proposals in 2017.', [['Environmental Protection Ministry', 'government', '全国']]],
    ['A Foreign Ministry spokesperson said on Monday that talks went well.', [['Foreign Ministry', 'government', '全国']]],
    ['The Commerce Ministry and the Civil Affairs Ministry issued a notice.', [['Commerce Ministry', 'government', '全国'], ['Civil Affairs Ministry', 'government', '全国']]],
  ])('%s', (text, rows) => {
    expect(bodies(text)).toEqual(rows)
  })
  // Controls: a ministry of another country (its owner written before it), a local one (a level word before it) and
  // "ministry" as a common noun are no national Chinese body.
  it.each<[string, Row[]]>([
    ['Reform is not to add to or reduce a ministry.', []],
    ['He met officials of the ministry last week.', []],
    ["Japan's Foreign Ministry protested on Tuesday.", []],
    ['The Japanese Foreign Ministry protested on Tuesday.', []],
    // Review r32: a level word before the field-first form writes a local department, no national ministry.
    ['Officials from the provincial Education Ministry said.', []],
    ['The municipal Finance Ministry and the county Health Ministry replied.', []],
  ])('control: %s', (text, rows) => {
    expect(bodies(text)).toEqual(rows)
  })
})
