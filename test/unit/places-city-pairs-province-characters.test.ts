import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const places = (text: string) => analyzer.analyze(text).places.map((p) => p.name)

// Pairs of cities written one character each where a character is also a province's abbreviation (宁 = 南京, not 宁夏;
// 秦 = 秦皇岛, not 陕西): the corridor's cities, as data/city-lists.tsv reads 渝昆高铁 (昆明, dev 249) and 宁马 (南京); a list of
// provinces would give 宁夏回族自治区 for 沪宁高速. Expected values by hand.
describe('places: city pairs whose characters are provinces\' too', () => {
  it.each([
    ['沪宁高速公路改扩建工程全面完工。', ['上海市', '南京市'], '宁夏回族自治区'],
    ['宁沪高速沿线各市政协开展联合视察。', ['南京市', '上海市'], '宁夏回族自治区'],
    ['沪宁杭地区政协委员共商一体化发展。', ['上海市', '南京市', '杭州市'], '宁夏回族自治区'],
    ['津秦高铁开通后,两地往来更加便捷。', ['天津市', '秦皇岛市'], '陕西省'],
  ])('%s', (text, names, not) => {
    const found = places(text)
    expect(found).toEqual(expect.arrayContaining(names))
    expect(found).not.toContain(not)
  })

  // Controls: a list of provinces' abbreviations stays provinces (宁 of 宁夏 among provinces of the northwest).
  it.each([
    ['陕甘宁三省区政协联合开展调研。', ['陕西省', '甘肃省', '宁夏回族自治区']],
    ['川渝两地政协签订协议。', ['四川省', '重庆市']],
  ])('%s', (text, names) => {
    expect(places(text)).toEqual(expect.arrayContaining(names))
  })
})
