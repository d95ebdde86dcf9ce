import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)

// Round 11 review: a government written after its party committee as one word (县委政府, 镇党委政府) where the page
// writes no region for the level word. Hand-checked by test/fixtures/dev-pages/README.md: a relative word whose
// region the page never writes keeps the body as written, region null; the paired 政府 is the government of
// the committee's level (县政府, 镇政府), one body per level, not one 政府 for all.

describe('bodies: a paired government with no region is named by its committee\'s level word', () => {
  it('县委政府 and 镇党委政府 in one sentence are two governments', () => {
    const c = committees('全县上下在县委政府的领导下，镇党委政府积极配合。')
    expect(c.map((x) => [x.name, x.kind, x.region])).toEqual([
      ['县委', 'party', null],
      ['县政府', 'government', null],
      ['镇党委', 'party', null],
      ['镇政府', 'government', null],
    ])
  })

  it.each([
    // Round 18 (dev 964 镇党委、政府): the pair written as a list is the same two bodies. (Round 25: after two written
    // towns the township word names no one town and gives no body, bodies-township-unnamed.test.ts; here no place.)
    ['全县上下在县委、政府的领导下开展工作。', [['县委', 'party'], ['县政府', 'government']]],
    ['委员们听取镇党委、政府关于工作的汇报。', [['镇党委', 'party'], ['镇政府', 'government']]],
    // Control: a government's office listed after a government's, no committee before it: as written.
    ['市政府办、发改委负责人参加。', [['市政府办', 'government'], ['发改委', 'government']]],
  ])('%s: listed right after its committee, named by its level word', (text, expected) => {
    expect(committees(text).map((x) => [x.name, x.kind])).toEqual(expected)
  })

  it('the level word\'s government written whole is the same body', () => {
    const c = committees('县委政府高度重视，县政府专题研究。')
    expect(c.filter((x) => x.kind === 'government').map((x) => [x.name, x.mentions.length])).toEqual([['县政府', 2]])
  })

  it.each([
    // No level word before the pair, or a word of every township or of all levels: no one government.
    ['乡镇党委政府要支持政协工作。'],
    ['各级党委政府高度重视。'],
    ['委员们围绕党委政府工作中心建言献策。'],
  ])('%s: no 政府', (text) => {
    expect(names(text).filter((n) => n.endsWith('政府'))).toEqual([])
  })
})
