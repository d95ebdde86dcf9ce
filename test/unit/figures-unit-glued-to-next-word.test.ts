import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A measure word the segmenter may glue to the first character of the counted noun (8家|电商企业 is 8家 + 电商企业, 家电
 * being a word; 156家|商协会, 家商 being one; data/figure-words.tsv glued), as 2家政协委员企业 and 2所长征希望小学 read: the number is a count (GUIDE.md: every quantity stated with a number; the
 * gold of dev 275 1家, 602 2所, 629 3家, 1345 156家). Sentences of the kind 工商联 and 政协 news writes, checked by hand.
 * Controls: a longer unit (5万人次), a unit's word that is the noun (93920部队官兵, 84847部队服役 whose 队服 is a word too), a year's word (80年代以来), measure words the
 * segmenter cuts apart already (12家商会, 50名家长).
 */
const figures = (text: string) => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('a measure word glued to the start of the next word', () => {
  it.each([
    ['全市共有1家政协参加单位获评先进。', [['1家', 1, '家', null]]],
    ['新建3家政协委员工作室。', [['3家', 3, '家', null]]],
    ['他捐建了2所长征希望小学。', [['2所', 2, '所', null]]],
    ['新引进8家电商企业。', [['8家', 8, '家', null]]],
    ['组织2000余家企业和156家商协会参与乡村振兴。', [['2000余家', 2000, '家', 'more'], ['156家', 156, '家', null]]],
    ['全省共有12家商协会结对帮扶。', [['12家', 12, '家', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  it.each([
    ['接待游客5万人次。', [['5万人次', 50000, '人次', null]]],
    ['93920部队官兵参加活动。', []],
    ['他在84847部队服役期间立功。', []],
    ['上世纪80年代以来,当地发展迅速。', []],
    ['走访了12家商会。', [['12家', 12, '家', null]]],
    ['有50名家长参加。', [['50名', 50, '名', null]]],
    ['家电下乡活动启动。', []],
    ['十大家电品牌发布。', []],
    ['各家电视台报道。', []],
    ['3家家电企业参展。', [['3家', 3, '家', null]]],
    ['大家电商平台上线。', []],
    ['万家电商共建。', []],
    ['第3家电站投产。', []],
  ])('control: %s', (text, want) => expect(figures(text)).toEqual(want))

  // A year before 家电, 家商 is no count (round 30 review): a bare four-digit 19xx/20xx number never takes the glued
  // reading, and what follows the measure word of 家电 must begin a word of the dictionary (电商; 电消, 电以, 电博 are none).
  it.each([
    ['2025家电以旧换新补贴政策发布。', []],
    ['中国家电网发布2024家电消费报告。', []],
    ['2024家电博览会开幕。', []],
    ['2023家商大会召开。', []],
  ])('a year: %s', (text, want) => expect(figures(text)).toEqual(want))
})
