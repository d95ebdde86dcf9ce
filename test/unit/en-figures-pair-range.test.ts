import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Two numbers of one kind before one counted noun are a range, one figure from the first to the second (README: a range is
 * one figure, value its lower end): digits joined by "or" (5 or 6 days), number words joined by "to" (one to two proposals,
 * three to five years), the magnitude after the second shared (5 or 6 million). Class seen on en dev 404 (ACFIC, "one to
 * two high-quality proposals", read as "two ..." alone); the other rows written here. Not changed: a count and its share
 * (1,505 or 43.65 percent: the second is smaller), a change (rose from two to three hundred), a range of digits with "to"
 * (read already), number words joined by "or" (one or two: two figures, as before), a number word and digits (Ten or 20
 * years), years (2019 or 2020).
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.max ?? null, f.unit, f.approx])

describe('two numbers joined by "or" (digits) or "to" (words) before one noun are one range', () => {
  it.each([
    ['Each group prepared one to two high-quality proposals before the session.', [['one to two high-quality proposals', 1, 2, 'proposal', null]]],
    ['A review of a proposal takes three to five years in some ministries.', [['three to five years', 3, 5, 'year', null]]],
    ['The inspection team will visit two to three counties next month.', [['two to three counties', 2, 3, 'county', null]]],
    ['It takes 5 or 6 days to review a proposal.', [['5 or 6 days', 5, 6, 'day', null]]],
    ['Growth was 5 or 6 percent in the province last year.', [['5 or 6 percent', 5, 6, '%', null]]],
    ['The fund will need 5 or 6 million yuan a year.', [['5 or 6 million yuan', 5000000, 6000000, '元', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls: a count and its share, a change, word pairs with "or", mixed kinds, years', () => {
  it.each([
    ['Of the proposals put on record, 1,505 or 43.65 percent concern economic matters.', [['1,505', 1505, null, 'proposal', null], ['43.65 percent', 43.65, null, '%', null]]],
    ['The number of members rose from two to three hundred.', [['two', 2, null, 'member', null], ['three hundred', 300, null, 'member', null]]],
    ['Members held one to one talks with officials.', []],
    ['The target was set in 2019 or 2020.', []],
    ['Members from two or more sectors attended.', [['two or more sectors', 2, null, 'sector', 'more']]],
    ['Ten or 20 years ago, members wrote their proposals by hand.', [['Ten', 10, null, 'year', null], ['20 years', 20, null, 'year', null]]],
    ['He submitted one or two proposals every year.', [['one', 1, null, 'proposal', null], ['two proposals', 2, null, 'proposal', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
