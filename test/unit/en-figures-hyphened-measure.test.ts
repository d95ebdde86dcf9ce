import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A unit of measure hyphened to its number makes one adjective with it (a 40-square-meter workshop, a 10-meter wall): the
 * unit is the measure in the singular with spaces (square meter, as "300 square meters"), not the hyphened word nor a
 * counted noun. Class seen on en dev 538 ('a 40-square-meter workshop'); the other rows written here.
 * Controls: the measure written with spaces, a hyphened counted noun (30-member), a hyphened age.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('a measure hyphened to its number', () => {
  it.each([
    ['He started with nine workers in a 40-square-meter workshop.', [[9, 'worker', null], [40, 'square meter', null]]],
    ['The village built a 5-meter wall along the river.', [[5, 'meter', null]]],
    ['A 2-square-kilometer wetland park opened last year.', [[2, 'square kilometer', null]]],
    ['The county dug a 300-cubic-meter pond.', [[300, 'cubic meter', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The park covers 300 square meters.', [[300, 'square meter', null]]],
    ['The road is 12 kilometers long.', [[12, 'kilometer', null]]],
    ['A 30-member team inspected the site.', [[30, 'member', null]]],
    ['The 60-year-old adviser spoke.', [[60, 'year', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
