import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A zone's committee needs a zone named: a zone word that names no one zone alone (园区, 片区, 基地: data/generic-zone-words.txt)
// or a generic word before the zone (有关 + 片区, 相关 + 高新区) names a kind of zone's committee, no body (README: generic words
// are not bodies; issue #14). So does 有关/相关 before a township's relative body (有关镇政府, as 各镇党委: data/level-qualifiers.tsv).
// Sentences written for this test; expected by hand.
describe('bodies: a generic zone or township committee is no body', () => {
  it.each([
    ['会议要求有关片区管委会抓好落实。', []],
    ['片区管委会要加强统筹。', []],
    ['有关园区管委会负责同志参加会议。', []],
    ['有关基地管委会要落实责任。', []],
    ['相关园区管委会负责人汇报了工作。', []],
    ['该园区管委会主任介绍了情况。', []],
    ['所属园区管委会认真落实。', []],
    ['相关高新区管委会负责人参加。', []],
    ['有关开发区党工委要落实责任。', []],
    ['景区管委会负责人介绍情况。', []],
    ['有关镇政府要做好配合。', []],
    ['相关镇党委负责同志参加。', []],
    ['会议要求有关街道党工委抓好落实。', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  // controls: a zone named, or a zone word that names the page's zone alone
  it.each([
    ['高新区管委会负责人参加会议。', '高新区管委会'],
    ['石家庄市政协到正定县调研。自贸试验区正定片区管委会主任出席。', '自贸试验区正定片区管委会'],
    ['县委常委、沈阳法库通航产业基地管委会常务副主任王大为参加会议。', '沈阳法库通航产业基地管委会'],
    ['苏州工业园区管委会主任出席。', '苏州工业园区管委会'],
    ['宜丰县政协召开会议，县政府有关负责同志参加。', '宜丰县政府'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})
