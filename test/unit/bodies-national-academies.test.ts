import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const result = (text: string) => analyzer.analyze(text)
const committees = (text: string) => result(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)
const orgOf = (text: string, person: string) => result(text).persons.find((p) => p.name === person)?.org

// The national academies in their usual full and short forms (data/national-bodies.tsv, round 15): research institutions,
// kind other and no region (GUIDE.md: a research institute takes the city the text places it in, else none; the gold of dev
// 425, 645, 729, 854, 856 so). Sentences written for the test, not from a page.
describe('bodies: national academies written whole', () => {
  it.each([
    ['中科院副院长李三出席座谈会。', '中科院'],
    ['中国科学院副院长李三出席座谈会。', '中国科学院'],
    ['中国农科院党组书记王五介绍了情况。', '中国农科院'],
    ['委员们来到中国农业科学院调研种业创新。', '中国农业科学院'],
    ['中国医科院、中国中医科学院的专家参加论证。', '中国医科院'],
    ['中国医科院、中国中医科学院的专家参加论证。', '中国中医科学院'],
    ['中国林科院研究员赵六作专题报告。', '中国林科院'],
    ['中国社科院副院长出席研讨会。', '中国社科院'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'other', region: null })
  })

  it('the national centre for disease control, a public institution of the state', () => {
    expect(body('调研组听取了中国疾控中心的情况介绍。', '中国疾控中心')).toMatchObject({ kind: 'other' })
  })

  it.each([
    // The gold of dev 645 lists 中国科学院 for 中科院院士 (its note: 中科院院士).
    ['中科院院士王明委员作大会发言。', '中科院'],
  ])('%s: an academician names the academy (%s)', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it('one academy however written: the first form names it', () => {
    expect(names('中国农业科学院与省农科院签约。中国农科院副院长李三讲话。').filter((n) => n.startsWith('中国农'))).toEqual(['中国农业科学院'])
    expect(orgOf('中科院院长、党组书记白春生出席会议。', '白春生')).toBe('中科院')
  })

  it('not 中国水科院 (both the 水产 and the 水利水电 academy are so called)', () => {
    expect(committees('中国水科院专家到场指导。').filter((c) => c.region === null && c.kind === 'other' && c.name === '中国水科院')).toEqual([])
  })
})

// A democratic party's branch in a national academy: one branch however the academy is written, and the academy itself is
// mentioned (the gold of dev 854 and 856: 中国农业科学院, named by its first form, written inside the branch's name).
describe('bodies: a party branch in a national academy', () => {
  const text = '九三学社中国农业科学院委员会召开换届大会。中国农科院党组书记王五出席。大会由九三学社中国农科院第二届委员会副主委李四主持。'

  it('the branch is one body, named by its first full form, its term not in the name', () => {
    expect(names(text).filter((n) => n.startsWith('九三学社'))).toEqual(['九三学社中国农业科学院委员会'])
    expect(orgOf(text, '李四')).toBe('九三学社中国农业科学院委员会')
  })

  it('the academy is a body of its own, named as first written inside the branch', () => {
    expect(body(text, '中国农业科学院')).toMatchObject({ kind: 'other', region: null })
    expect(names(text)).not.toContain('中国农科院')
    expect(orgOf(text, '王五')).toBe('中国农业科学院')
  })

  it.each([
    ['民建中国农科院支部召开会议。', '民建中国农科院支部', '中国农科院'],
    ['中国民主建国会中国农业科学院支部成立。', '中国民主建国会中国农业科学院支部', '中国农业科学院'],
  ])('%s → %s and %s', (t, branch, academy) => {
    expect(names(t)).toEqual(expect.arrayContaining([branch, academy]))
  })

  it('every mention spans the text it names', () => {
    for (const c of committees(text)) for (const m of c.mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
  })
})
