import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A district's or county's body written with its city right before the district (CPPCC Shanghai Jing'an District
// Committee; the First Shanghai Jing'an District Committee of Chinese People's Political Consultative Conference): the
// city belongs to the name as written, and an owner before the city (CPPCC, CPC) is the body's owner. Seen on
// test/fixtures/en 464 (Jing'an district site). Truth by the README (bodies named as written, region the district):
// sentences written by hand.
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('a body of a district written after its city', () => {
  it.each([
    ["The Fourth Session of the First CPPCC Shanghai Jing'an District Committee opened.", [["CPPCC Shanghai Jing'an District Committee", 'cppcc', '静安区']]],
    ['The CPPCC Chengdu Shuangliu District Committee met on Monday.', [['CPPCC Chengdu Shuangliu District Committee', 'cppcc', '双流区']]],
    ['Wang Li, secretary of the CPC Beijing Haidian District Committee, attended.', [['CPC Beijing Haidian District Committee', 'party', '海淀区']]],
    ["The Shanghai Jing'an District Committee of the CPPCC opened its session.", [["Shanghai Jing'an District Committee of the CPPCC", 'cppcc', '静安区']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  // Controls: a place set off by a comma, or one that is not above the district, stays out of the name.
  it.each([
    ['In Chengdu, Shuangliu District Committee of the CPPCC members met.', [['Shuangliu District Committee of the CPPCC', 'cppcc', '双流区']]],
    ['Visitors from Wuxi Haidian District Committee of the CPPCC came.', [['Haidian District Committee of the CPPCC', 'cppcc', '海淀区']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})
