import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A party committee's department written with "of the province" (city, county, district) after it (director of the
// United Front Work Department of the province, 省委统战部部长): the department of that level's party committee, named
// by its words as after the region's possessive (the province's United Front Work Department), as test/fixtures/en 474
// names it. Sentences written by hand.
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('a party department of the region named by its noun', () => {
  it.each([
    ['Xing was elected to the Standing Committee of the CPC Shandong Provincial Committee. Later, Xing was appointed director of the United Front Work Department of the province.', [
      ['CPC Shandong Provincial Committee', 'party', '山东省'], ['United Front Work Department', 'party', '山东省']]],
    ['In Shandong, Xing was appointed director of the Organization Department of the province.', [['Organization Department', 'party', '山东省']]],
    ['In Weihai, Li was head of the Publicity Department of the city.', [['Publicity Department', 'party', '威海市']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  // Controls: a department of another organisation, and of a named body (a name of its own, not a relative one).
  it.each([
    ['In Shandong, Xing was head of the Publicity Department of the university.', []],
    ['Xing was head of the Publicity Department of the CPC Shandong Provincial Committee.', [
      ['Publicity Department of the CPC Shandong Provincial Committee', 'party', '山东省']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})
