import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A share or a ratio is often written after its owner and 的, the approximation before the owner (约占全省的30%,
 * 不足日本的1/4, 超过全市的一半, 接近全国平均水平的两倍): the approximation is the share's (GUIDE.md: 约 about, 不足/近 less,
 * 超过 more; gold of dev 431). The figure's text stays the share itself. Sentences of the kind statistics news writes,
 * checked by hand. Controls: no approximation (相当于, 占), one inside a word (节约, 最近年来), one before another number
 * of the clause (不足10人的村庄占全县的1/3), or one past a mark (约有100人，占全村的1/5).
 */
const figures = (text: string) => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('an approximation before the owner of a share', () => {
  it.each([
    ['户均耕地不足日本的1/4。', [['1/4', 25, '%', 'less']]],
    ['我国农产品平均关税约为世界平均关税水平的1/4。', [['1/4', 25, '%', 'about']]],
    ['民营经济约占全省经济总量的三分之一。', [['三分之一', 33.33, '%', 'about']]],
    ['该县非公经济税收超过全县的一半。', [['一半', 50, '%', 'more']]],
    ['城镇居民收入接近全国平均水平的两倍。', [['两倍', 2, '倍', 'less']]],
    ['外资企业约占全区企业的30%，出口额超过全区的三成。', [['30%', 30, '%', 'about'], ['三成', 30, '%', 'more']]],
    ['财政收入不到全市的百分之五。', [['百分之五', 5, '%', 'less']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  it.each([
    ['人均耕地相当于全国的1/400。', [['1/400', 0.25, '%', null]]],
    ['民营经济占全省经济总量的三分之一。', [['三分之一', 33.33, '%', null]]],
    ['通过改造节约全厂的20%能耗。', [['20%', 20, '%', null]]],
    ['不足10人的村庄占全县的1/3。', [['不足10人', 10, '人', 'less'], ['1/3', 33.33, '%', null]]],
    ['约有100人，占全村的1/5。', [['约有100人', 100, '人', 'about'], ['1/5', 20, '%', null]]],
    ['约占全省的人口达到3万人。', [['3万人', 30000, '人', null]]],
  ])('control: %s', (text, want) => expect(figures(text)).toEqual(want))
})
