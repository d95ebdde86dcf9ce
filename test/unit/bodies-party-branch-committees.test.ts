import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const analyze = (text: string) => analyzer.analyze(text)
const names = (text: string) => analyze(text).committees.map((c) => c.name)

// A democratic party's branch written in full, 支部委员会 / 总支部委员会 (the branch's committee), is one body
// named as written (test/fixtures/dev-pages/README.md: democratic parties as written, region completed; gold 177
// 民革常州市委天宁区总支部委员会, 904 民盟梅河口市支部委员会). Sentences written for this test, not from a page.

describe('bodies: a party branch written with 委员会 is named whole', () => {
  it.each([
    ['1987年9月15日,民盟梅河口市支部委员会成立,王德俊任副主任委员。', '民盟梅河口市支部委员会', '民盟梅河口市支部'],
    ['民革常州市委天宁区总支部委员会召开全体会议。', '民革常州市委天宁区总支部委员会', '民革常州市委天宁区总支部'],
    ['农工党丹凤县总支部委员会组织党员开展义诊。', '农工党丹凤县总支部委员会', '农工党丹凤县总支部'],
    ['民进沙市区支部委员会换届,选举产生新一届班子。', '民进沙市区支部委员会', '民进沙市区支部'],
  ])('%s → %s, not %s', (text, whole, cut) => {
    expect(names(text)).toContain(whole)
    expect(names(text)).not.toContain(cut)
  })

  it('the officer of the branch committee has it as org', () => {
    const p = analyze('1987年9月15日,民盟梅河口市支部委员会成立,王德俊任副主任委员。').persons.find((x) => x.name === '王德俊')
    expect(p?.org).toBe('民盟梅河口市支部委员会')
  })

  it.each([
    // Controls: a branch written without 委员会 stays as written; a branch followed by another word is not lengthened.
    ['民盟梅河口市支部组织盟员学习。', '民盟梅河口市支部'],
    ['民建铜山区总支部全体会员参加活动。', '民建铜山区总支部'],
    ['民进沙市区总支委员白卉主持会议。', '民进沙市区总支'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})
