import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Set phrases with a number that count nothing (GUIDE.md: 两大主题 is no figure), as English pages write them:
// the CPPCC's "two (main) themes of unity and democracy" (test/fixtures/en 402; survey pages of a Weifang CPPCC
// session and a CPPCC National Committee work report). Counts in the same sentences stay figures.
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('English set phrases with a number', () => {
  it.each([
    ['Jia urged political advisors to adhere to the two main themes of unity and democracy.', []],
    ['They adhered to the two main themes of unity and democracy and concentrated on the central tasks of the Party and the state.', []],
    ['The 14th CPPCC has 29 sectors with a total of 502 members, focusing on the two themes of unity and democracy.', [['29 sectors', 29, 'sector', null], ['502 members', 502, 'member', null]]],
    ['The session kept to the two major themes of unity and democracy and elected 25 vice-chairpersons.', [['25 vice-chairpersons', 25, 'vice-chairperson', null]]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })

  // "two themes" without "of unity and democracy" (nor main/major) counts themes like any noun (review of round 12;
  // the first sentence the reviewer's, the others hand-written of the same class).
  it.each([
    ['The forum focused on two themes: water and light.', [['two themes', 2, 'theme', null]]],
    ['The exhibition is divided into two themes, history and innovation.', [['two themes', 2, 'theme', null]]],
    ['Members discussed two themes of rural revitalization at the meeting.', [['two themes', 2, 'theme', null]]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
})
