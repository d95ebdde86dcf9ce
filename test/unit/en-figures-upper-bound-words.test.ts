import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Words that bound a quantity from above make it approx `less`, as 以下, 不超过 and 至多 do in the Chinese lists: below,
 * at most, no more than, not more than, not exceeding (data/en-figure-words.tsv, kind `before`). Class seen on en dev
 * 510 ('the surveyed unemployment rate was below 5.3%'); the other rows written here. Controls: "below" not right before
 * the number, and "more than" without "no" (more).
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('below, at most, no more than, not exceeding: less', () => {
  it.each([
    ['The surveyed urban unemployment rate was below 5.3 percent.', [[5.3, '%', 'less']]],
    ['The deficit-to-GDP ratio will be at most 3 percent.', [[3, '%', 'less']]],
    ['Each inspection group has no more than 10 members.', [[10, 'member', 'less']]],
    ['Subsidies not exceeding 2 million yuan will be granted to each project.', [[2e6, '元', 'less']]],
    ['Monthly incomes of not more than 5,000 yuan are exempt from the tax.', [[5000, '元', 'less']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The figures below show 12 proposals on elderly care.', [[12, 'proposal', null]]],
    ['More than 300 members attended the meeting.', [[300, 'member', 'more']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
