import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.kind])

// The party committee or branch of a CPPCC committee's office (市政协机关党支部, 区政协机关党委, 机关党总支) is a party body
// of its own, named from the 政协 (dev 324: 市政协机关党支部 → 淮南市政协机关党支部, kind party). The office's party group
// (机关党组) is no body: the gold folds it into the 政协 (dev 439, 798, 924, 976). Expected values worked out by hand;
// (page N) marks a dev page's sentence, the others were written for this test.
describe("bodies: the party committee or branch of a CPPCC's office", () => {
  it.each([
    // (page 324)
    ['市政协机关党支部部分党员到窑口镇开展主题党日活动。淮南市政协主席出席。', ['淮南市政协机关党支部', 'party']],
    ['区政协机关党委组织党员开展主题党日活动。徐汇区政协主席出席。', ['徐汇区政协机关党委', 'party']],
    ['徐汇区政协机关党总支书记王五出席。', ['徐汇区政协机关党总支', 'party']],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toContainEqual(expected)
  })

  it.each([
    // its party group: the 政协 alone
    ['全国政协机关党组书记、副秘书长孙怀山出席。', [['全国政协', 'cppcc']]],
    ['市政协机关党组成员王薇出席。聊城市政协主席出席。', [['聊城市政协', 'cppcc']]],
  ])('%s: no office party body', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })
})
