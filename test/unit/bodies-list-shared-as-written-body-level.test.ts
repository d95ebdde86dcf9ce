import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => c.name).sort()

// A body that keeps its place as written (生产建设兵团, 军分区: data/bodies.tsv, w) written after the last place of a list
// is shared only by the places of that place's level: prefectures listed before 新疆 + 生产建设兵团第四师 are places
// visited (dev page 1130, 住宁全国政协委员考察团赴新疆). An organ every region has stays each one's at any level.
describe('a list of places before a body kept as written: only places of one level share it', () => {
  it.each<[string, string[]]>([
    ['考察团一行先后来到乌鲁木齐市、伊犁哈萨克自治州、阿克苏地区、喀什地区、新疆生产建设兵团第四师等地。', ['新疆生产建设兵团']],
    ['调研组来到喀什地区、新疆生产建设兵团第三师。', ['新疆生产建设兵团']],
    // Controls: places of one level share it; an organ every region has is shared across levels.
    ['汉中、安康军分区负责人参加。', ['安康军分区', '汉中市军分区']],
    ['江苏省、南京市政协负责人参加。', ['南京市政协', '江苏省政协']],
    ['鼓楼、台江和仓山工委负责人参加。', ['仓山区工委', '台江区工委', '鼓楼区工委']],
  ])('%s → %j', (text, expected) => {
    expect(bodies(text)).toEqual(expected.sort())
  })
})
