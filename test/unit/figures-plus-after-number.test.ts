import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A plus after a number, as online news writes "more than" (阅读量10万+, 5000+人次, 举办活动100+场): the number is
 * approximate, more (GUIDE.md: 余/多/超/以上 → more). It was read without the approximation (10万 exact) or not at all
 * (5000+人次). A full-width plus reads alike (１０万＋). Checked by hand. Controls: a plus between two terms of a formula
 * or slogan (1+1>2, 1+3+N工作体系, 1+X模式, “1+N”平台) is no figure.
 */
const figures = (text: string) => analyzer.analyze(text).figures.map((f) => [f.value, f.unit, f.approx])

describe('a plus after a number: more than', () => {
  it.each([
    ['文章阅读量达10万+，反响热烈。', [[100000, null, 'more']]],
    ['吸引5000+人次参与。', [[5000, '人次', 'more']]],
    ['全年举办活动100+场，服务群众2万+人次。', [[100, '场', 'more'], [20000, '人次', 'more']]],
    ['累计服务１０００＋人次。', [[1000, '人次', 'more']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  it.each([
    ['实现1+1>2的效果。', []],
    ['形成1+3+N工作体系，每个镇建3个站点。', [[3, '个', null]]],
    ['按照1+X模式推进。', []],
    ['构建“1+N”协商平台。', []],
  ])('control: %s', (text, want) => expect(figures(text)).toEqual(want))
})
