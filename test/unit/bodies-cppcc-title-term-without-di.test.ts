import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A CPPCC committee written as its title with the term before the region, 第 left out (政协十四届全国委员会, 中国政协十一届
// 全国委员会, 政协十二届广东省委员会), as the term is read between a region and its 政协 (河南省十一届政协委员): the same body as
// 政协第十四届全国委员会. Before, such a title named no body (its officers had no org) or a party committee (广东省委).
// Round 18, dev page 1002 (中國政協十一屆全國委員會). Sentences of our own.
const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

describe('committees: a CPPCC title whose term is written without 第', () => {
  it.each([
    ['中国政协十一届全国委员会常务委员会第一次会议十五日在北京闭幕。', '全国政协'],
    ['会议决定,政协十一届全国委员会设九个专门委员会。', '全国政协'],
    ['政协十二届广东省委员会第三次会议今天上午开幕。', '广东省政协'],
    ['政协十届平阴县委员会常务委员会召开第五次会议。', '平阴县政协'],
  ])('%s → %s', (text, body) => {
    const found = bodies(text)
    expect(found).toContain(body)
    expect(found.filter((b) => b.endsWith('省委') || b.endsWith('县委'))).toEqual([])
  })

  it.each([
    ['政协十四届全国委员会副主席王勇出席会议。', '王勇', '副主席', '全国政协'],
    ['政协十四届全国委员会提案委员会主任李建华作说明。', '李建华', '主任', '全国政协提案委员会'],
  ])('%s: %s is %s of %s', (text, name, role, org) => {
    const p = analyzer.analyze(text).persons.find((x) => x.name === name)
    expect(p?.roles).toContain(role)
    expect(p?.org).toBe(org)
    expect(p?.cppccMember).toBe(true)
  })

  // Controls: a term after a relative 政协 or after a party committee is a session, no title of another body; the party's own
  // central committee written with its term is no 政协.
  it.each([
    ['4月7日,区政协十届五次常委会召开。', ['区政协']],
    ['县委十四届三次全会召开,县政协主席出席。', ['县委', '县政协']],
    ['中国共产党十一届全国委员会第三次全体会议在北京举行。', []],
  ])('%s → %j', (text, want) => expect(bodies(text).filter((b) => b.includes('政协') || b.endsWith('委'))).toEqual(want))
})
