import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.region])

// A township's relative word (镇党委, 街道党工委, 镇政府) on a page that writes places but no one township it can mean
// (two towns, or only the district above): no body. A relative word is lifted up to the region above the places a page
// writes (README), never down to a township, and the dev gold lists no township body without its township's name (0
// of ~1060 pages; dev 964 lists each town's, 1149 none). Where the page writes one township, the word is that one's;
// where it writes no place at all, the body stays as written (README). Expected values by hand.
describe('bodies: a township word that names no written township', () => {
  it.each([
    // (dev 964) two towns: no one town's party committee
    ['县政协党组书记王茂生先后到毛浴镇、瓦室镇调研。在瓦室镇、烟溪镇，王茂生认真听取镇党委、政府关于工作的汇报。', []],
    // (dev 1149) a district and every street of it
    ['温州市龙湾区在6个街道设立政协工作联络组，组长由街道党工委副书记担任。', []],
  ])('%s', (text, expected) => {
    expect(committees(text).filter(([name]) => /^(镇|乡|街道)/.test(String(name)))).toEqual(expected)
  })

  it.each([
    // Controls: one township written → its bodies
    ['县政协委员到瓦室镇调研，听取镇党委、政府关于工作的汇报。', [['瓦室镇党委', '瓦室镇'], ['瓦室镇政府', '瓦室镇']]],
    ['龙湾区永中街道召开会议，街道党工委书记讲话。', [['永中街道党工委', '永中街道']]],
  ])('%s', (text, expected) => {
    expect(committees(text).filter(([name]) => /(镇|街道)(党委|政府|党工委)$/.test(String(name)))).toEqual(expected)
  })

  it.each([
    // no place written at all: as written, region null (README)
    ['委员们听取镇党委、政府关于工作的汇报。', [['镇党委', null], ['镇政府', null]]],
    ['组长由街道党工委副书记担任。', [['街道党工委', null]]],
  ])('%s', (text, expected) => {
    expect(committees(text)).toEqual(expected)
  })
})
