import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Two month-day dates joined by a bare "and" share the year written after the second, as a range by "to" does (Feb. 28
 * to March 5, 2024) and as two days of one month do (March 5 and 4, 2024, respectively: en-dates-two-days-joined-by-and).
 * Seen on en dev 685 ("open on March 5 and March 3, 2019, respectively"); the other rows are the common forms, dates by
 * hand. Controls: a date whose "and" opens a new predicate (born on May 2 and joined … on May 9, 1985) takes no year from
 * it; two dates without a year stay without one.
 */
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => d.iso)

describe('two dates joined by "and" share the year written at the end', () => {
  it.each([
    ['The NPC and the CPPCC open on March 5 and March 3, 2019, respectively, in Beijing.', ['2019-03-05', '2019-03-03']],
    ['The forum was held on Feb. 28 and March 1, 2024.', ['2024-02-28', '2024-03-01']],
    ['Hearings took place on June 30 and July 2, 2023 in Shanghai.', ['2023-06-30', '2023-07-02']],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['He was born on May 2 and joined the party on May 9, 1985.', ['--05-02', '1985-05-09']],
    ['The sessions open on March 5 and March 3.', ['--03-05', '--03-03']],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})
