import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A bound ("under", "over", "above", "below") and a number with no noun of its own after a plural of persons is their age,
 * counted in years as 岁, the bound its approximation (GUIDE.md: under → less, over → more): "a 3-percent income tax on all
 * working adults under 50" (en dev 605: 50 year less). The nouns: data/en-figure-words.tsv, age-holder, nouns that name
 * persons by their age (adults, children, seniors); after any noun "aged" and a bound (residents aged over 80). Rows written
 * here, values by hand. Controls: a number with its own noun or unit, a number too large for an age, a bound after no person
 * noun, and after a noun that also counts a group (Members over 100 attended: a count, no age; people, members, those; round
 * 28 review), and a number with a unit written after it (Children under 20 kg: weight; round 28 mend).
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('a bound after a plural of persons gives their age', () => {
  it.each([
    ['He proposed a 3 percent tax on all working adults under 50 to fund pensions.', [[3, '%', null], [50, 'year', 'less']]],
    ['The number of seniors over 60 reached 297 million.', [[60, 'year', 'more'], [297000000, 'senior', null]]],
    ['Children under 14 travel free on the new lines.', [[14, 'year', 'less']]],
    ['Members aged under 45 account for 20 percent of the committee.', [[45, 'year', 'less'], [20, '%', null]]],
    ['Free checkups are offered to residents aged above 65 in rural areas.', [[65, 'year', 'more']]],
    ['Subsidies go to retirees over 70 and to adults under 25.', [[70, 'year', 'more'], [25, 'year', 'less']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

// The age's span takes an approximation written after it, as after "aged" (aged 60 or older).
describe('the span of a held age', () => {
  it.each([
    ['Seniors over 70 or older get subsidies.', ['over 70 or older']],
  ])('%s', (text, want) => expect(analyzer.analyze(text).figures.map((f) => f.text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The committee has over 50 members.', [[50, 'member', 'more']]],
    ['Workers earning over 50 percent more were surveyed.', [[50, '%', 'more']]],
    ['He visited residents over 3 days.', [[3, 'day', 'more']]],
    ['The program now serves people over 2,000 times a year.', [[2000, 'time', 'more']]],
    ['Members over 100 attended.', [[100, null, 'more']]],
    ['Those over 100 attended the meeting.', [[100, null, 'more']]],
    ['People over 100 attended the meeting.', [[100, null, 'more']]],
    // A unit written after the number is its own: no age (round 28 mend; cm a measure as km, data/en-figure-words.tsv).
    ['Children under 20 kg ride free.', [[20, 'kg', 'less']]],
    ['Seniors over 100 mu of land.', [[100, 'mu', 'more']]],
    ['Seniors over 70 yuan were paid.', [[70, '元', 'more']]],
    ['Children under 120 cm travel free.', [[120, 'cm', 'less']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
