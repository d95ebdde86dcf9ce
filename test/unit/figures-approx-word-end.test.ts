import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * An approximation of two characters or more that ends the segmenter's word before the number (资金不足|10万元,
 * 经费不足|5000元) makes the figure approximate as it does written apart (人数|不足|50人 → less; GUIDE.md: 不到 and
 * 以下 are less, so 不足 is). A one-character one inside a word stays none (最近|10天, 附近|3个村). Checked by hand.
 */
const figures = (text: string) => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('an approximation that ends a word before the number', () => {
  it.each([
    ['累计帮扶资金不足10万元。', [['不足10万元', 100000, '元', 'less']]],
    ['调研发现,村级活动经费不足5000元。', [['不足5000元', 5000, '元', 'less']]],
    ['部分乡镇卫生院人手不足10人。', [['不足10人', 10, '人', 'less']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  it.each([
    ['人数不足50人。', [['不足50人', 50, '人', 'less']]],
    ['最近10天,委员走访企业。', [['10天', 10, '天', null]]],
    ['附近3个村的群众。', [['3个', 3, '个', null]]],
    ['共收到提案近300件。', [['近300件', 300, '件', 'less']]],
  ])('as before: %s', (text, want) => expect(figures(text)).toEqual(want))
})
