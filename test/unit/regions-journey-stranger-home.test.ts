import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A relative word (省政协, 市委) in a later paragraph than a journey to another province or city: not the place travelled
// to but the home's own region of that level, unwritten, where the place travelled to is a stranger to the home (neither
// above nor below it): test/fixtures/dev-pages/README.md, a relative word is lifted through a written lower division, not
// from a place the page's people travel to (dev 467: 甘孜州 page, 赴安徽省宣城市 … 省政协委员 → 四川省政协). Hand-checked truth.
describe('regions: a relative word after a journey to a stranger region means the home’s region', () => {
  it.each([
    ['州政协主席向秋率队赴安徽省宣城市开展专题调研考察活动。\n1日，州政协组织部分省政协委员开展视察。中国人民政治协商会议甘孜藏族自治州委员会。', '四川省政协'],
    ['县政协主席率队赴浙江省湖州市考察。\n近日，县政协召开会议，邀请省政协委员参加。庆元县政协主席出席。', '浙江省政协'],
    ['县政协主席率队赴安徽省黄山市考察学习。\n会后，县政协主席会议传达了省政协全会精神。泸县政协召开常委会。', '四川省政协'],
  ])('%s → %s', (text, expected) => {
    expect(names(text)).toContain(expected)
  })

  it.each([
    // In the journey's own paragraph the bodies met are the visited province's (与省政协座谈).
    ['州政协主席向秋率队赴安徽省宣城市开展调研，与省政协座谈。中国人民政治协商会议甘孜藏族自治州委员会。', '安徽省政协', '四川省政协'],
    // A home of province level has no 省 above it: the place met stays (上海市工商联 … 省工商联 → 江苏省工商联).
    ['上海市工商联赴江苏省工商联拜访，与省人大常委会座谈。\n许仲梓谈到，省工商联要加强合作。', '江苏省工商联', '省工商联'],
  ])('%s → %s, not %s', (text, name, wrong) => {
    expect(names(text)).toContain(name)
    expect(names(text)).not.toContain(wrong)
  })
})
