import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A democratic party's primary committee (基层委员会) of a region, before "of" and the region or after it and its level
// (Jiusan Society Primary Committee of Lushunkou District, en dev 406): the party's body of that region, named as written,
// as its Committee of the region is. README: democratic parties at every level. Sentences written by hand.
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe("a democratic party's primary committee of a region", () => {
  it.each([
    ['The Jiusan Society Primary Committee of Haidian District held its first meeting.', [['Jiusan Society Primary Committee of Haidian District', 'democratic-party', '海淀区']]],
    ['The China Democratic League Primary Committee of Xuhui District was set up in 2005.', [['China Democratic League Primary Committee of Xuhui District', 'democratic-party', '徐汇区']]],
    ['The Jiusan Society Haidian District Primary Committee held its first meeting.', [['Jiusan Society Haidian District Primary Committee', 'democratic-party', '海淀区']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  it('gives its chairman the committee as org', () => {
    const p = analyzer.analyze('Han Chao was elected chairman of the Jiusan Society Primary Committee of Lushunkou District.').persons.find((x) => x.name === 'Han Chao')
    expect(p?.org).toBe('Jiusan Society Primary Committee of Lushunkou District')
  })

  // Controls: a primary committee of no party is no body; the party's committee of the region stays as it was.
  it.each([
    ['The Primary Committee of Haidian District held its first meeting.', []],
    ['The Jiusan Society Committee of Haidian District held its first meeting.', [['Jiusan Society Committee of Haidian District', 'democratic-party', '海淀区']]],
  ])('control: %s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})
