import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => c.name).sort()

// A list of places closed by one body names each item's body, also where an item is written with the division that holds
// it (湖北省荆州市和湖南省岳阳市、…、长沙市望城区政协: dev page 1390, the member 政协 of a joint conference); the
// holding division written before its item (湖南省, 长沙市) is no item and gets no body. Provinces written side by side
// without a mark before their count (湖南湖北两省政协) are a counted list as 湖南、湖北两省政协 is.
describe('a list of places closed by one body: items written with their holding division, and juxtaposed names before a count', () => {
  it.each<[string, string[]]>([
    ['联席会议成员单位由湖北省荆州市和湖南省岳阳市、常德市、益阳市、长沙市望城区政协组成。', ['岳阳市政协', '常德市政协', '望城区政协', '益阳市政协', '荆州市政协']],
    ['重庆市北碚区和四川省巴中市政协签订友好政协合作协议。', ['北碚区政协', '巴中市政协']],
    ['江苏省南京市、浙江省杭州市政协负责同志参加座谈。', ['南京市政协', '杭州市政协']],
    ['邀请湖南湖北两省政协领导莅会指导。', ['湖北省政协', '湖南省政协']],
    ['江苏浙江两省政协联合开展调研。', ['江苏省政协', '浙江省政协']],
    // Controls: a chain alone names the lowest place's body; a plain list and a marked count list stay as they were.
    ['湖南省长沙市政协主席出席会议。', ['长沙市政协']],
    ['江苏省、南京市政协负责人参加。', ['南京市政协', '江苏省政协']],
    ['成都、德阳、眉山、资阳四市政协联合调研。', ['德阳市政协', '成都市政协', '眉山市政协', '资阳市政协']],
    // …and a run of one-character abbreviations with its count stays a set phrase (README: 川渝两省市党委政府 is generic).
    ['成果得到全国政协、川渝两省市党委政府高度认可。', ['全国政协']],
  ])('%s → %j', (text, expected) => {
    expect(bodies(text)).toEqual(expected.sort())
  })
})
