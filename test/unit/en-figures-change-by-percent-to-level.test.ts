import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A plural noun opening the sentence as the subject of a change counts the level the change reached (README, as en
 * test en-figures-change-to-subject: "Tourist departures have grown from 83 million to over 130 million"); news pages
 * write the change as a percentage between the verb and "to" (rose 8 percent year-on-year to 1,240, grew by 20 percent
 * to 1.2 million), and the level lost its noun (a bare number dropped, or a number with no unit). Rows written here in
 * the forms of Xinhua and China Daily reports on proposals and members.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => `${f.value} ${f.unit} ${f.approx}`)

describe('the level after a percentage change counts the subject', () => {
  it.each([
    ['Proposals rose 8 percent to 1,240 this year, the committee said.', ['8 % null', '1240 proposal null']],
    ['The proposals rose 8 percent year-on-year to 1,240.', ['8 % null', '1240 proposal null']],
    ['Registered volunteers grew by 20 percent to 1.2 million last year.', ['20 % null', '1200000 volunteer null']],
    ['Collective proposals increased 17.39 percent year on year to 189.', ['17.39 % null', '189 proposal null']],
    // The second clause has its own subject (review of round 29): 900 proposals, not members.
    ['Members rose 8 percent to 1,240, and proposals fell 3 percent to 900.', ['8 % null', '1240 member null', '3 % null', '900 proposal null']],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls: money keeps its unit, a percentage level, a change with no subject noun', () => {
  it.each([
    ['Exports rose 5.6 percent year on year to 2.1 trillion yuan.', ['5.6 % null', '2100000000000 元 null']],
    ['The share rose 2 percentage points to 45 percent.', ['2 个百分点 null', '45 % null']],
    ['It rose 8 percent to 1,240 in 2024.', ['8 % null']],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
