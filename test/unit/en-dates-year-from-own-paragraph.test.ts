import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A month and day without a year takes the year of a date written before it in its own paragraph, before the article's
 * year: "In February 2024, the committee … issued a work plan … On April 10, they signed a cooperation agreement" on a page
 * dated 2025 is 2024-04-10 (en dev 212, whose gold says so); the rows written here. GUIDE.md: ISO as far as known, and only
 * a year the text itself gives (README: a date whose year is not written stays --MM-DD).
 * Controls: the same date in the next paragraph keeps the article's year; a dateline's year; no year written at all.
 */
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => [d.text, d.iso])

describe('the year of an earlier date in the paragraph', () => {
  it.each([
    ['CHONGQING, Jan. 18, 2025 (Xinhua) -- The committee opened its session.\n\nIn February 2024, the committee issued a work plan. On April 10, they signed a cooperation agreement.',
      [['Jan. 18, 2025', '2025-01-18'], ['February 2024', '2024-02'], ['April 10', '2024-04-10']]],
    ['BEIJING, March 3, 2025 (Xinhua) -- The report was adopted.\n\nThe survey began on June 1, 2023 and ended on Sept. 30 with 3,000 replies.',
      [['March 3, 2025', '2025-03-03'], ['June 1, 2023', '2023-06-01'], ['Sept. 30', '2023-09-30']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['CHONGQING, Jan. 18, 2025 (Xinhua) -- The committee opened its session.\n\nIn February 2024, the committee issued a work plan.\n\nOn April 10, they will sign a cooperation agreement.',
      [['Jan. 18, 2025', '2025-01-18'], ['February 2024', '2024-02'], ['April 10', '2025-04-10']]],
    ['BEIJING, March 3, 2025 (Xinhua) -- The session opens on March 4.', [['March 3, 2025', '2025-03-03'], ['March 4', '2025-03-04']]],
    ['On April 10, they signed a cooperation agreement.', [['April 10', '--04-10']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})
