import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [number, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.value, f.unit])

// English counted nouns (dev-pages README, English pages, round 15): capitalised words before the noun name a body,
// place or people and are left out (21 en gold figures so: 210 CPPCC members, 236 CPPCC National Committee members,
// 258 NPC deputies, 221 Inner Mongolian members; 402 Standing Committee members corrected to member); a prefix hyphened
// to the word after it stays in the counted noun, in lower case as every unit (257, 264, 434, 436: non-communist party).
// Sentences from the en pages, hand-checked.
describe('English figures: capitalised words before the counted noun', () => {
  it.each<[string, Row[]]>([
    ['The session elected 298 Standing Committee members of the 11th CPPCC National Committee.', [[298, 'member']]],
    ['In 2023, 1,982 CPPCC members participated in proposal submission.', [[1982, 'member']]],
    ['Last year, 21 CPPCC National Committee members from Shanxi proposed ideas.', [[21, 'member']]],
    ['Leaders of the eight non-Communist parties in China said on Sunday that they would continue.', [[8, 'non-communist party']]],
    ['Leaders of the eight non-communist parties attended the meeting.', [[8, 'non-communist party']]],
    ['There were 300 standing committee members at the meeting.', [[300, 'standing committee member']]],
  ])('%s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })
})
