import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Two number words joined by "to" before one counted noun are a range, one figure from the first to the second (README: a
 * range is one figure, value its lower end): one to two proposals, three to five years (small counts: a second
 * number word with a magnitude, two to three million, is left as before). Class seen on en dev 404 (ACFIC, "one to
 * two high-quality proposals", read as "two ..." alone); the other rows written here. Not changed: a count and its share
 * (1,505 or 43.65 percent: the second is smaller), a change (rose from two to three hundred), a range of digits with "to"
 * (read already), digits or number words joined by "or" (67 or 68 percent, one or two: two figures, as before), a number
 * word and digits (Ten or 20 years), years (2019 or 2020).
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.max ?? null, f.unit, f.approx])

describe('two number words joined by "to" before one noun are one range', () => {
  it.each([
    ['Each group prepared one to two high-quality proposals before the session.', [['one to two high-quality proposals', 1, 2, 'proposal', null]]],
    ['A review of a proposal takes three to five years in some ministries.', [['three to five years', 3, 5, 'year', null]]],
    ['The inspection team will visit two to three counties next month.', [['two to three counties', 2, 3, 'county', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls: a count and its share, a change, word pairs with "or", mixed kinds, years', () => {
  it.each([
    ['Of the proposals put on record, 1,505 or 43.65 percent concern economic matters.', [['1,505', 1505, null, 'proposal', null], ['43.65 percent', 43.65, null, '%', null]]],
    ['The number of members rose from two to three hundred.', [['two', 2, null, 'member', null], ['three hundred', 300, null, 'member', null]]],
    ['Members held one to one talks with officials.', []],
    ['The target was set in 2019 or 2020.', []],
    ['Turnout was 67 or 68 percent, officials said.', [['67', 67, null, '%', null], ['68 percent', 68, null, '%', null]]],
    ['Members from two or more sectors attended.', [['two or more sectors', 2, null, 'sector', 'more']]],
    ['Ten or 20 years ago, members wrote their proposals by hand.', [['Ten', 10, null, 'year', null], ['20 years', 20, null, 'year', null]]],
    ['He submitted one or two proposals every year.', [['one', 1, null, 'proposal', null], ['two proposals', 2, null, 'proposal', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
