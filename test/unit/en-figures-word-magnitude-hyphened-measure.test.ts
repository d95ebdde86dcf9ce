import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "a" and a magnitude word hyphened to a unit of measure make one adjective, as digits do (a 40-square-meter workshop:
 * en-figures-hyphened-measure.test.ts): a hundred-meter carpet is 100 meter (en dev 585's gold 'hundred-meter' → 100
 * meter). Rows written here, values by hand from the README (unit the measure in the singular). Controls: the magnitude
 * hyphened to a noun that is no measure (a thousand-year-old temple: the exclusion kept), "a hundred" before its
 * counted noun, digits hyphened to a measure.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('"a" and a magnitude word hyphened to a measure', () => {
  it.each([
    ['An area with a hundred-meter long red carpet is called the Delegates’ Corridor.', [[100, 'meter', null]]],
    ['The village planted trees along a thousand-meter embankment.', [[1000, 'meter', null]]],
    ['The county restored a hundred-square-meter reading room for villagers.', [[100, 'square meter', null]]],
    ['A hundred-kilometer greenway links the two towns.', [[100, 'kilometer', null], [2, 'town', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The town has a thousand-year-old temple.', []],
    ['Nearly a hundred members attended the meeting.', [[100, 'member', 'less']]],
    ['They built a 300-meter bridge over the river.', [[300, 'meter', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
