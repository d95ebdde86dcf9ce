import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A Title Case headline writes its verb right after a body's name (Beijing Municipal Commission of Health and Family
// Planning Held Forum for …): the name's "of" part ends before the verb (data/en-headline-verbs.txt). Seen on
// test/fixtures/en 533. Truth by the README (bodies named as written): every sentence written by hand.
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('a headline verb ends a body name', () => {
  it.each([
    ['Beijing Municipal Commission of Health and Family Planning Held Forum on Hospitals', [['Beijing Municipal Commission of Health and Family Planning', 'government', '北京市']]],
    ['Zhejiang Provincial Department of Civil Affairs Holds Symposium on Elderly Care', [['Zhejiang Provincial Department of Civil Affairs', 'government', '浙江省']]],
    ['Guangzhou Municipal Bureau of Commerce Convened Meeting on Foreign Trade', [['Guangzhou Municipal Bureau of Commerce', 'government', '广州市']]],
    ['In Shenzhen, the Municipal Bureau of Commerce Hosted Talks with Investors', [['Municipal Bureau of Commerce', 'government', '深圳市']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  // Controls: the "of" part of a name that holds no such verb is kept whole.
  it.each([
    ['Shenzhen Municipal Bureau of Veterans Affairs opened an office.', [['Shenzhen Municipal Bureau of Veterans Affairs', 'government', '深圳市']]],
    ['Zhejiang Provincial Department of Housing and Urban-Rural Development attended.', [['Zhejiang Provincial Department of Housing and Urban-Rural Development', 'government', '浙江省']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})
