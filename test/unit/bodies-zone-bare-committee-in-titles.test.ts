import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A zone's administrative or party working committee written bare (管委会, 党工委) right after the title of the other
// committee of a zone and an enumeration mark is that zone's (one person's titles: the zone is written once; dev-pages
// README, the gold of dev 1045: 经开区党工委书记、管委会主任 → 经开区党工委 and 经开区管委会). Expected values by hand;
// (page N) marks a dev page's sentence, the others were written for this test.
describe('bodies: a zone\'s bare committee in a list of one person\'s titles', () => {
  it.each([
    // (page 1045)
    ['区委常委、经开区党工委书记、管委会主任贾迪参加调研。', ['区委', '经开区党工委', '经开区管委会']],
    ['高新区管委会主任、党工委书记张三参加调研。', ['高新区管委会', '高新区党工委']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    // alone, after another body's title, or after a name (two persons): no zone is meant
    ['管委会主任张三参加。', []],
    ['市委常委、市委组织部部长、管委会主任张三参加。', ['市委', '市委组织部']],
    ['经开区党工委书记李四和管委会主任张三参加。', ['经开区党工委']],
    // a street's party working committee is no zone's: its 管委会 is none
    ['城南街道党工委书记、管委会主任张三参加。', ['城南街道党工委']],
  ])('%s: no zone committee', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
