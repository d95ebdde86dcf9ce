import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * The segmenter writes 占地约 as one word, so the 约 before the number ended a word and was read as none: a one-character
 * approximation glued to a word of two characters or more (占地|约) makes the figure approximate as 约 written apart does
 * (面积|约|200亩 → about; GUIDE.md: 约 is about). Sentences of the kind project news writes, checked by hand.
 * Controls: one-character approximations that end a two-character word (节约, 最近, 附近, 签约) stay none.
 */
const figures = (text: string) => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('an approximation of one character glued to the word before the number', () => {
  it.each([
    ['项目占地约200亩，总投资约3.5亿元。', [['约200亩', 200, '亩', 'about'], ['约3.5亿元', 350000000, '元', 'about']]],
    ['该园区占地约1.2平方公里。', [['约1.2平方公里', 1.2, '平方公里', 'about']]],
    ['新校区占地约300亩，建筑面积约12万平方米。', [['约300亩', 300, '亩', 'about'], ['约12万平方米', 120000, '平方米', 'about']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  it.each([
    ['项目占地200亩。', [['200亩', 200, '亩', null]]],
    ['面积约200亩。', [['约200亩', 200, '亩', 'about']]],
    ['通过技术改造节约20%的能耗。', [['20%', 20, '%', null]]],
    ['最近10天,委员走访企业。', [['10天', 10, '天', null]]],
    ['附近3个村的群众。', [['3个', 3, '个', null]]],
    ['现场签约12个项目。', [['12个', 12, '个', null]]],
  ])('control: %s', (text, want) => expect(figures(text)).toEqual(want))
})
