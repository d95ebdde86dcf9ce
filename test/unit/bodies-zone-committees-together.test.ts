import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A zone's party working committee and administrative committee written together with one list mark between them
// (高新区党工委、管委会; 经开区党工委和管委会) are the two bodies of that zone (dev-pages README: a party committee and
// government written together are the two bodies of that region, 县委、县政府 → X县委 and X县政府; the 管委会 is the zone's
// government). Expected values by hand, written for this test.
describe('bodies: a zone\'s two committees written together', () => {
  it.each([
    ['高新区党工委、管委会高度重视此项工作。', ['高新区党工委', '高新区管委会']],
    ['经开区党工委和管委会召开会议。', ['经开区党工委', '经开区管委会']],
    ['松山新区管委会、党工委联合发文。', ['松山新区管委会', '松山新区党工委']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    // a street's party working committee is no zone's: its 管委会 is none
    ['城南街道党工委、管委会召开会议。', ['城南街道党工委']],
    // the bare committee alone, or the same committee again: nothing more
    ['管委会召开会议。', []],
    ['高新区管委会、管委会办公室召开会议。', ['高新区管委会']],
  ])('%s: no second zone committee', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
