import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// 武装警察部队 written without 中国人民 is the same national body (data/national-bodies.tsv), named as written, kind
// military, region 全国; the body of a title after it (武装警察部队原副司令员: dev 1176).
describe('武装警察部队 without its prefix is the national body', () => {
  it.each([
    ['调研组成员还包括全国政协常委、经济委员会委员、武装警察部队原副司令员陈传阔中将等。'],
    ['武装警察部队副司令员出席会议。'],
  ])('%s', (text) => {
    const c = analyzer.analyze(text).committees.find((x) => x.name === '武装警察部队')
    expect(c).toMatchObject({ kind: 'military', region: '全国' })
  })
})

describe('controls: other forms unchanged', () => {
  it.each([
    ['中国人民武装警察部队原副司令员出席会议。', '中国人民武装警察部队'],
  ])('%s → %s', (text, body) => {
    const names = analyzer.analyze(text).committees.map((c) => c.name)
    expect(names).toContain(body)
    expect(names).not.toContain('武装警察部队')
  })
})
