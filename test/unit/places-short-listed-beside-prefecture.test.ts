import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const places = (text: string) => analyzer.analyze(text).places.map((p) => p.name).sort()

// A county's short form listed beside a prefecture of its own province (dev 466 兰州、敦煌和新疆; dev 598 贵州、清远、徐闻等地):
// a county-level city so listed is a place as a prefecture is; any county where a word of places closes the list
// (data/place-list-ends.txt). A campus is named by no county (校区 is no place word: 浙江大学玉泉校区 is in 杭州, not 玉泉区).
describe('county short forms listed beside a prefecture of their province, and campuses named by none', () => {
  it.each<[string, string[]]>([
    ['考察团参观了甘肃省兰州、敦煌和新疆维吾尔自治区哈密等城市。', ['兰州市', '哈密市', '新疆维吾尔自治区', '敦煌市', '甘肃省']],
    ['到对口扶贫点贵州、清远、徐闻等地助学帮困。', ['徐闻县', '清远市', '贵州省']],
    ['资金主要投向湛江、徐闻等地的乡村学校。', ['徐闻县', '湛江市']],
    // Controls: no word of places closes the list, a campus not named by a county, a common word in a list of things.
    ['该校玉泉校区举办讲座。', []],
    ['学校文昌校区举行开学典礼。', []],
    ['学校位于长清校区。', []],
    ['学院新校区建设和主校区改造同步推进。', []],
    ['在农村、城镇、社区等地开展宣传。', []],
    ['走访了兰州、东风等单位。', ['兰州市']],
  ])('%s → %j', (text, expected) => {
    expect(places(text)).toEqual(expected.sort())
  })
})
