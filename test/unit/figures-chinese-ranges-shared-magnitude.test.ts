import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A range in Chinese numerals whose magnitude (万, 亿; 百, 千 after one digit), tenths (成) or 百分之 is written once,
 * at the upper end (五至八亿元, 二至三成, 百分之十至百分之十五): the lower end takes it too, as 5至8亿元 does in Arabic digits.
 * Values worked out by hand; the value is the lower end, `max` the upper (README: a range is one figure).
 */
const figures = (text: string) => analyzer.analyze(text).figures.map(({ text, value, unit, approx, max }) => ({ text, value, unit, approx, ...(max !== undefined ? { max } : {}) }))
const F = (text: string, value: number, unit: string, approx: 'more' | 'less' | 'about' | null = null, max?: number) => ({ text, value, unit, approx, ...(max !== undefined ? { max } : {}) })

describe('a Chinese range shares the magnitude written at its upper end', () => {
  it.each([
    ['项目计划投资五至八亿元。', [F('五至八亿元', 500000000, '元', null, 800000000)]],
    ['每户补助三至五万元。', [F('三至五万元', 30000, '元', null, 50000)]],
    ['总投资十至十五亿元。', [F('十至十五亿元', 1000000000, '元', null, 1500000000)]],
    ['每年接待游客二十至三十万人次。', [F('二十至三十万人次', 200000, '人次', null, 300000)]],
    ['每场参加人数三至五百人。', [F('三至五百人', 300, '人', null, 500)]],
    ['预计投入两到三千万元。', [F('两到三千万元', 20000000, '元', null, 30000000)]],
    ['比重提高二至三成。', [F('二至三成', 20, '%', null, 30)]],
    ['能耗降低百分之十至百分之十五。', [F('百分之十至百分之十五', 10, '%', null, 15)]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  it.each([
    // No magnitude at the upper end, or one the lower end writes itself: as before.
    ['用三至五年时间完成改造', [F('三至五年', 3, '年', null, 5)]],
    ['每组十至十五人', [F('十至十五人', 10, '人', null, 15)]],
    ['每组三至十人', [F('三至十人', 3, '人', null, 10)]],
    ['每组五至二十人', [F('五至二十人', 5, '人', null, 20)]],
    ['补助五万至八万元', [F('五万至八万元', 50000, '元', null, 80000)]],
    ['投资2至3亿元', [F('2至3亿元', 200000000, '元', null, 300000000)]],
    ['占比百分之二十至三十', [F('百分之二十至三十', 20, '%', null, 30)]],
    ['增长三至五个百分点', [F('三至五个百分点', 3, '个百分点', null, 5)]],
  ])('unchanged: %s', (text, want) => expect(figures(text)).toEqual(want))

  it.each([['依照第三至五条规定办理'], ['第二至三成员单位']])('not a figure: %s', (text) => expect(figures(text).filter((f) => f.unit === '%' || f.unit === '条')).toEqual([]))
})
