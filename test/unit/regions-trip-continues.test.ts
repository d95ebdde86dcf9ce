import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A relative word in a later paragraph than a journey: where that paragraph goes on with the trip (考察期间, 在湖州期间,
// 随后, 在湖州: data/visit-home.tsv, roles during, then, at) it is still the place travelled to (听取了市政协有关情况介绍:
// 湖州's); where it does not, a stranger region's word is the home's own (dev 467: 甘孜州 page, 赴安徽省宣城市 … a
// paragraph later 省政协委员 → 四川省政协). Hand-checked truth.
describe('regions: a later paragraph that goes on with the trip keeps the place travelled to', () => {
  it.each([
    ['丰县政协考察团赴浙江省湖州市考察学习。\n考察期间，考察团一行听取了市政协有关情况介绍。', '湖州市政协', '徐州市政协'],
    ['丰县政协考察团赴浙江省湖州市考察学习。\n在湖州期间，考察团听取了市政协有关情况介绍。', '湖州市政协', '徐州市政协'],
    ['丰县政协考察团赴浙江省湖州市考察学习。\n随后，考察团与市政协座谈交流。', '湖州市政协', '徐州市政协'],
    ['丰县政协考察团赴浙江省湖州市考察学习。\n在湖州，考察团与市政协座谈交流。', '湖州市政协', '徐州市政协'],
    // Controls: the later paragraph is no part of the trip.
    ['州政协主席向秋率队赴安徽省宣城市开展专题调研考察活动。\n1日，州政协组织部分省政协委员开展视察。中国人民政治协商会议甘孜藏族自治州委员会。', '四川省政协', '安徽省政协'],
    ['县政协主席率队赴安徽省黄山市考察学习。\n会后，县政协主席会议传达了省政协全会精神。泸县政协召开常委会。', '四川省政协', '安徽省政协'],
  ])('%s → %s, not %s', (text, name, wrong) => {
    expect(names(text)).toContain(name)
    expect(names(text)).not.toContain(wrong)
  })
})
