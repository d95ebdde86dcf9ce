import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)
const orgOf = (text: string, person: string) => analyzer.analyze(text).persons.find((p) => p.name === person)?.org

// A democratic party's branch gathering the city's own organs (市直一支部, 市属综合一支部: data/party-unit-words.txt) written
// again alone after its full form, or alone after the party's committee: the unit word is part of its name, its level
// character shared with the region (民建阜阳市直一支部 … 市直一支部 → the same branch; dev-pages README: a branch is named as
// written, region completed, as 民革东营市直四支部 and 嘉兴市直三支部 are). Hand-checked truth; dev 1365.

describe('bodies: a branch written with its unit word alone', () => {
  it.each([
    ['近日，民建阜阳市直一支部开展结对共建活动。市直一支部主委涂丽萍主持会议。', ['民建阜阳市直一支部'], '阜阳市一支部'],
    ['民革德州市直四支部召开会议。会议由市直四支部承办。', ['民革德州市直四支部'], '德州市四支部'],
    ['民建阜阳市委会召开全委会。市直一支部主委涂丽萍发言。', ['民建阜阳市委会', '阜阳市直一支部'], '阜阳市一支部'],
    ['民进宁波市委会召开会议。市属综合一支部参加。', ['民进宁波市委会', '宁波市属综合一支部'], '宁波市综合一支部'],
  ])('%s → %j, not %s', (text, expected, wrong) => {
    const got = names(text)
    expect(got).toEqual(expect.arrayContaining(expected))
    expect(got).not.toContain(wrong)
  })

  it('the chair’s org is the branch (市直一支部主委 → 民建阜阳市直一支部)', () => {
    expect(orgOf('近日，民建阜阳市直一支部开展活动。市直一支部主委涂丽萍主持会议。', '涂丽萍')).toBe('民建阜阳市直一支部')
  })

  it.each([
    // A numbered branch with no unit word stays the region's numbered branch.
    ['民建阜阳市委会召开会议。一支部主委王五发言。', '阜阳市一支部'],
  ])('control: %s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it('control: 直属 of 直属机关 after 全市 begins no branch', () => {
    expect(names('民建阜阳市委会召开会议，全市直属机关党员参加。').filter((n) => n.includes('直属'))).toEqual([])
  })
})
