import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A capitalised department after "the" and a lower-case level word (the provincial Taiwan Affairs Office, 省台办:
// test/fixtures/en 598; the municipal Bureau of Commerce) is the department of the page's region at that level, named
// as written with its level word, as the capitalised level's is (the District Meteorological Bureau) and as en 398 names
// 'provincial United Front Work Department'. A place's name inside it (Taiwan) is the department's field, not its
// region; and a relative word never means Hong Kong, Macao or Taiwan (dev-pages/README.md), though the page writes
// them. Sentences written by hand.
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])
const org = (t: string, name: string) => analyzer.analyze(t).persons.find((p) => p.name === name)?.org

describe('a department after a lower-case level word', () => {
  it.each([
    ['A delegation from Kaohsiung, Taiwan, visited Mianyang. Zhao Yu, deputy director of the provincial Taiwan Affairs Office, attended.',
      [['provincial Taiwan Affairs Office', 'government', '四川省']]],
    ['Officials from Mianyang and the municipal Bureau of Commerce attended.',
      [['municipal Bureau of Commerce', 'government', '绵阳市']]],
    ['Li Ming, director of the provincial Department of Civil Affairs, spoke in Chengdu.',
      [['provincial Department of Civil Affairs', 'government', '四川省']]],
    ['Businesses from Hong Kong met officials of Shenzhen and the municipal Bureau of Commerce.',
      [['municipal Bureau of Commerce', 'government', '深圳市']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  it('the deputy director belongs to it', () => {
    expect(org('A delegation from Kaohsiung, Taiwan, visited Mianyang. Zhao Yu, deputy director of the provincial Taiwan Affairs Office, attended.', 'Zhao Yu'))
      .toBe('provincial Taiwan Affairs Office')
  })

  // Controls: a party department so written stays the party's; a level word before a place that is no department; a
  // region's own department keeps its region.
  it.each([
    ['Officials from Chengdu and the provincial United Front Work Department attended.', [['provincial United Front Work Department', 'party', '四川省']]],
    ['The provincial capital Chengdu hosted the meeting.', []],
    ['Officials of the Fujian Provincial Taiwan Affairs Office attended.', [['Fujian Provincial Taiwan Affairs Office', 'government', '福建省']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})
