import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A magnitude alone with its measure before a noun describes the noun, no figure (千亩山地苹果示范园, 万亩良田: the rule
 * of figures/extract.ts). The noun may be a word the segmenter does not know, a crop or a local product (千亩雪桃种植基地,
 * the gold of dev 553; 万亩脐橙基地, 千亩藤椒园): it was counted (1000 亩). Checked by hand. Controls: the magnitude
 * closing its clause or before 以上 (流转土地千亩, 千亩以上基地5个) counts; a number with digits before the noun counts.
 */
const figures = (text: string) => analyzer.analyze(text).figures.map((f) => [f.value, f.unit, f.approx])

describe('a lone magnitude and measure before a word the segmenter does not know', () => {
  it.each([
    ['调研组实地走访了青云村千亩雪桃种植基地。', []],
    ['委员们考察了万亩脐橙基地。', []],
    ['参观了千亩藤椒园和万亩桃园。', []],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  it.each([
    ['已流转土地千亩，新建大棚20座。', [[1000, '亩', null], [20, '座', null]]],
    ['全县新建千亩以上基地5个。', [[1000, '亩', 'more'], [5, '个', null]]],
    ['种植雪桃3000亩。', [[3000, '亩', null]]],
  ])('control: %s', (text, want) => expect(figures(text)).toEqual(want))
})
