import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [number, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.value, f.unit, f.approx])

// 至少 before a figure makes it approx "more", as 以上 does (GUIDE.md: more for 余/多/超/以上; 至少 N is N or more, as N以上 is;
// English "at least" is more in en 204 and 320). dev-pages README, round 15: dev 153 so; 251, 729, 876 corrected.
// Sentences from the dev pages, hand-checked.
describe('figures: 至少 before the number (approx more)', () => {
  it.each<[string, Row[]]>([
    ['从8月8日到9月8日,全国政协至少有4个调研组前往新疆调研。', [[4, '个', 'more']]],
    ['包括胡春华在内,至少已经有12位全国政协副主席率调研组赴地方。', [[12, '位', 'more']]],
    ['活动共吸引至少200名志愿者参加服务。', [[200, '名', 'more']]],
  ])('%s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })

  // Round 16: a verb and its object between 至少 and the number (至少节约成本200元, 至少为脱贫攻坚做1件): reach, data/figure-words.tsv.
  it.each<[string, Row[]]>([
    ['不但省工而且还省肥,每亩地至少节约成本200元。', [[200, '元', 'more']]],
    ['各级政协委员至少为脱贫攻坚做1件实事好事。', [[1, '件', 'more']]],
  ])('%s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })
})
