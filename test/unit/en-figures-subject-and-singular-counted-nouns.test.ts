import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Counts whose counted noun is not a plural right after the number (GUIDE.md, English text: counts → the counted noun in
 * the singular). Class seen on en dev 500 ('Tourist departures have grown from 83 million to over 130 million'), 448
 * ('some 30 million Chinese still lived in poverty': person) and 513 ('nine staff', 'After 10 years' arduous effort');
 * the other rows written here:
 * - a change from one number to another without a unit counts the plural noun that opens the sentence as its subject,
 *   read as after a number (adjectives dropped: Private enterprises → enterprise);
 * - a people's name alone after a count counts persons (as 'Chinese people' does);
 * - a noun that counts in the singular (data: collective) and a span of time in the possessive plural (10 years') are the noun.
 * Controls: a subject that is a pronoun or has a preposition in it, a unit written after the second number, a people's
 * name that describes the noun after it, a span of time that is no possessive.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('the counted noun outside the plural after the number', () => {
  it.each([
    ['— Tourist departures have grown from 83 million to over 130 million.', [[83000000, 'tourist departure', null], [130000000, 'tourist departure', 'more']]],
    ['Rural tourists rose from 1.2 million to 3 million in five years.', [[1200000, 'tourist', null], [3000000, 'tourist', null], [5, 'year', null]]],
    ['Private enterprises have increased from 6,000 to nearly 9,000.', [[6000, 'enterprise', null], [9000, 'enterprise', 'less']]],
    ['As of October last year, some 30 million Chinese still lived in poverty.', [[30000000, 'person', 'about']]],
    ['The survey covered 2,000 Chinese, half of them in rural areas.', [[2000, 'person', null], [0.5, null, null]]],
    ['Yin set up the firm with only 200,000 yuan and nine staff in 1992.', [[200000, '元', null], [9, 'staff', null]]],
    ['The hospital now has 350 medical personnel.', [[350, 'medical personnel', null]]],
    ['After 10 years’ arduous effort, the company grew.', [[10, 'year', null]]],
    ['She has 20 years\' experience in rural education.', [[20, 'year', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['This has grown from 5 million to 8 million.', [[5000000, null, null], [8000000, null, null]]],
    ['Sales of cars rose from 5 million to 8 million.', [[5000000, null, null], [8000000, null, null]]],
    ['GDP has risen from 54 trillion to 82.7 trillion yuan.', [[54000000000000, '元', null], [82700000000000, '元', null]]],
    ['About 730 million Chinese people were lifted out of poverty.', [[730000000, 'person', 'about']]],
    ['The 20 members met for 10 years in a row.', [[20, 'member', null], [10, 'year', null]]],
    ['He spent five days in Lhasa and 12 staff members went with him.', [[5, 'day', null], [12, 'staff member', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
