import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A department or association named by capitalised words after a city and one of its districts or counties with its
// level (Changzhou Jintan District Science and Technology Association, 常州市金坛区科协) is the lower region's body, the
// city being the lead of its name, as for a head of the grammar (Changzhou Jintan District People's Court) and as the
// gold of test/fixtures/en 476 has it. Sentences written by hand.
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe("a department after a city and its district is the district's", () => {
  it.each([
    ['The Changzhou Jintan District Science and Technology Association met.', [['Changzhou Jintan District Science and Technology Association', 'mass-organisation', '金坛区']]],
    ['The Wuhu Jiujiang District Bureau of Civil Affairs met.', [['Wuhu Jiujiang District Bureau of Civil Affairs', 'government', '鸠江区']]],
    ['Officials of the Ningbo Yinzhou District Education Bureau spoke.', [['Ningbo Yinzhou District Education Bureau', 'government', '鄞州区']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  // Controls: a city's own department (no lower region inside its words), and a district's department with no city before it.
  it.each([
    ['The Shenzhen Municipal Bureau of Commerce met.', [['Shenzhen Municipal Bureau of Commerce', 'government', '深圳市']]],
    ['The Changzhou Science and Technology Association met.', [['Changzhou Science and Technology Association', 'mass-organisation', '常州市']]],
    ['The Yinzhou District Education Bureau in Ningbo met.', [['Yinzhou District Education Bureau', 'government', '鄞州区']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})
