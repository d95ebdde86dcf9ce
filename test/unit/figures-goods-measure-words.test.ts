import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Measure words of the goods a charity or relief report counts (GUIDE.md: counts with a measure word): potted
 * plants and flowers (300余盆), bundles (50捆), tents and hats (100顶), cans and jars (200罐). They were read as a
 * number without a unit (300余盆 → 300 more, no unit) or not at all. Checked by hand. Controls: 盆地 and 顶层 after a
 * number are no such count where the number has its own unit (3个盆地 → 3 个), 顶 before 住 is a verb.
 */
const figures = (text: string) => analyzer.analyze(text).figures.map((f) => [f.value, f.unit, f.approx])

describe('measure words of donated goods', () => {
  it.each([
    ['种植苗木6000余株、花卉300余盆。', [[6000, '株', 'more'], [300, '盆', 'more']]],
    ['送去盆栽绿植120盆。', [[120, '盆', null]]],
    ['捐赠救灾帐篷100顶、棉被200床。', [[100, '顶', null], [200, '床', null]]],
    ['发放旧衣物50捆、奶粉200罐。', [[50, '捆', null], [200, '罐', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  it.each([
    ['全省有3个盆地。', [[3, '个', null]]],
    ['大楼共12层，顶层为会议室。', [[12, '层', null]]],
  ])('control: %s', (text, want) => expect(figures(text)).toEqual(want))
})
