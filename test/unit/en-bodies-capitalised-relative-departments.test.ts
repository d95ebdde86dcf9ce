import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A department or association of the page's region written capitalised after "the" and a level word (the District
// Meteorological Bureau, 区气象局; the District Association for Science and Technology, 区科协; the Municipal Bureau of
// Natural Resources), as translated local pages write them: the body of the region of that level, of the kind of its
// department word, one body with the same department named after its region (README: a body written two ways is named
// by its first full form). As test/fixtures/en 476. Sentences written by hand.
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('a capitalised relative department', () => {
  it.each([
    ['The Jintan District Science and Technology Association met in the hall of the District Meteorological Bureau.', [
      ['Jintan District Science and Technology Association', 'mass-organisation', '金坛区'], ['District Meteorological Bureau', 'government', '金坛区']]],
    ['The Jintan District Science and Technology Association met. Yu Bingzhong, Chairman of the District Association for Science and Technology, spoke.', [
      ['Jintan District Science and Technology Association', 'mass-organisation', '金坛区']]],
    ['In Ningbo, the Municipal Bureau of Natural Resources held a hearing.', [['Municipal Bureau of Natural Resources', 'government', '宁波市']]],
    ['In Jintan District, the District Meteorological Bureau spoke; the Jintan District Meteorological Bureau is its name.', [
      ['Jintan District Meteorological Bureau', 'government', '金坛区']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  // Controls: no region of the level written, and no place written at all.
  it.each([
    ['In Ningbo, the County Education Bureau held a hearing.'],
    ['The District Meteorological Bureau warned of storms.'],
  ])('%s', (text) => {
    expect(committees(text)).toEqual([])
  })
})
