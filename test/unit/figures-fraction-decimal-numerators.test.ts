import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A share written with 分之 (千分之, 万分之, 三分之) takes its whole numerator, a Chinese decimal (千分之三点二) or an
 * Arabic number (千分之0.8) included, as 百分之三点五 does: numerator over denominator as a percentage, to two
 * decimals, below 1 % to four. Values worked out by hand (3.2 / 1000 = 0.32 %).
 */
type Row = [string, number, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('figures: a decimal numerator after 分之', () => {
  it.each<[string, Row[]]>([
    ['全县婴儿死亡率控制在千分之三点二以内。', [['千分之三点二以内', 0.32, '%', 'less']]],
    ['出生缺陷发生率降至千分之零点五。', [['千分之零点五', 0.05, '%', null]]],
    ['事故率为万分之一点五。', [['万分之一点五', 0.015, '%', null]]],
    ['不良贷款率仅为千分之0.8。', [['千分之0.8', 0.08, '%', null]]],
    ['约占四分之一点五的份额', [['约占四分之一点五', 37.5, '%', 'about']]],
    ['3分之1的委员来自基层。', [['3分之1', 33.33, '%', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  it.each<[string, Row[]]>([
    ['新生儿死亡率为千分之五。', [['千分之五', 0.5, '%', null]]],
    ['三分之二来自基层。', [['三分之二', 66.67, '%', null]]],
    ['近三分之一的委员参加。', [['近三分之一', 33.33, '%', 'less']]],
    ['比重达千分之三点。', [['千分之三', 0.3, '%', null]]], // a point with no numeral after it is no decimal
    ['占比百分之三点二。', [['百分之三点二', 3.2, '%', null]]],
  ])('as before: %s', (text, want) => expect(figures(text)).toEqual(want))
})
