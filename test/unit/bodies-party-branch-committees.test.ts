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

// A branch named by a compound sector (data/party-sector-words.txt: 医疗卫生, 科教), written after its committee or alone
// after it in the paragraph (dev 766 民盟昭通市委医疗卫生支部, 704 科教二总支): one body of the committee's region.
describe('bodies: a party branch named by a compound sector', () => {
  it.each([
    ['2015年10月26日,民盟昭通市委医疗卫生支部在市委党校开展组织活动。', '民盟昭通市委医疗卫生支部'],
    ['民建南昌市委会科教支部召开会议,支部主委王五主持。', '民建南昌市委会科教支部'],
    ['民盟昭通市委召开会议,医疗卫生支部主委容俊发言。', '昭通市医疗卫生支部'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it('its officer has it as org', () => {
    const p = analyze('2015年10月26日,民盟昭通市委医疗卫生支部在市委党校开展组织活动,支部主委容俊通报了工作。').persons.find((x) => x.name === '容俊')
    expect(p?.org).toBe('民盟昭通市委医疗卫生支部')
  })

  it.each([
    // Controls: a sector word with no party committee before it names no branch.
    ['市卫健委召开会议,医疗卫生支部书记王五发言。', '医疗卫生支部'],
    ['学校科教支部组织党员学习。', '科教支部'],
  ])('%s: no body ending %s', (text, end) => {
    expect(names(text).some((n) => n.endsWith(end))).toBe(false)
  })
})
