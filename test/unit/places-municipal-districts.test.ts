import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const parentOf = (text: string, name: string) => analyzer.analyze(text).places.find((p) => p.name === name)?.parent

// A district name that a municipality shares with a district of a prefecture city (宝山区: 上海 and 双鸭山; 朝阳区: 北京
// and 长春; 和平区: 天津 and 沈阳; 普陀区: 上海 and 舟山). Nothing else on the page tells them apart, so the municipality's
// district is read (dev page 824). Where the page names the city, that city's district is read. Expected parents
// hand-checked against data/divisions.tsv; sentences of our own.
describe('places: a district name shared by a municipality and a prefecture city', () => {
  it.each([
    ['宝山区政协教科卫体委员会召开全体会议。', '宝山区', '上海市'],
    ['朝阳区政协委员围绕老旧小区改造开展视察。', '朝阳区', '北京市'],
    ['和平区政协召开十五届三次常委会议。', '和平区', '天津市'],
    ['普陀区政协组织委员视察苏州河沿岸贯通工程。', '普陀区', '上海市'],
  ])('%s → %s in %s', (text, name, parent) => {
    expect(parentOf(text, name)).toBe(parent)
  })

  it.each([
    ['长春市政协副主席到朝阳区调研社区养老服务。', '朝阳区', '长春市'],
    ['沈阳市和平区政协召开常委会议。', '和平区', '沈阳市'],
    ['舟山市普陀区政协委员视察渔港建设。', '普陀区', '舟山市'],
    ['双鸭山市宝山区政协召开全体会议。', '宝山区', '双鸭山市'],
  ])('%s → %s in %s (the city is written)', (text, name, parent) => {
    expect(parentOf(text, name)).toBe(parent)
  })
})
