import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const places = (text: string) => analyzer.analyze(text).places.map((p) => [p.name, p.parent])

// A name shared by several divisions (鼓楼区, 普陀区, 通州区, 朝阳区) that the page writes once right after the division
// above it (福州市鼓楼区) is that division wherever the page writes it bare, also where another place of the page brings in
// the province of a namesake (江苏省昆山市 beside 南京's 鼓楼区): GUIDE.md, one entity per real-world thing; the
// writer of a two-region page (两地政协) gives each chain once. Sentences modelled on dev 992, 996 and 930; expected
// values by hand.
describe('places: a bare name is the division the page writes after its parent', () => {
  it.each([
    ['鼓楼区政协组织委员学习全会精神。福州市鼓楼区政协与江苏省昆山市政协缔结友好政协。', '鼓楼区', '福州市'],
    ['普陀区政协主席出席签约仪式。浙江省舟山市普陀区政协与江苏省太仓市政协签订合作协议。', '普陀区', '舟山市'],
    ['通州区政协召开座谈会。江苏省南通市通州区政协与北京市顺义区政协开展交流。', '通州区', '南通市'],
  ])('%s → %s of %s', (text, name, parent) => {
    const found = places(text).filter(([n]) => n === name)
    expect(found).toEqual([[name, parent]])
  })

  // Controls: a name written after two different parents names two divisions; one written with its parent alone is it.
  it('南京市鼓楼区 and 福州市鼓楼区 on one page stay two', () => {
    const found = places('南京市鼓楼区政协与福州市鼓楼区政协缔结友好政协。').filter(([n]) => n === '鼓楼区')
    expect(found).toEqual(expect.arrayContaining([['鼓楼区', '南京市'], ['鼓楼区', '福州市']]))
  })
  it('上海市普陀区 alone is 上海\'s', () => {
    expect(places('上海市普陀区政协主席出席。').filter(([n]) => n === '普陀区')).toEqual([['普陀区', '上海市']])
  })
})
