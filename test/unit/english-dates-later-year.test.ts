import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A year written later in a sentence is not lent to an earlier month-day of it that has its own context: years flow
// forward (en dev 212's gold: a date takes the year of the date before it in the narrative), a full date in the top lines
// is the page's year only from there on. A range across months shares the year written at its end. Truth by hand.
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => [d.text, d.iso])

describe('English dates: a later year in the sentence, a range across months', () => {
  it.each([
    ['The session was held from Jan. 5 to 7 in Beijing, and the report was released on March 10, 2023.', [['Jan. 5', '--01-05'], ['7', '--01-07'], ['March 10, 2023', '2023-03-10']]],
    ['Members met on Jan. 5 and issued a report on March 10, 2023.', [['Jan. 5', '--01-05'], ['March 10, 2023', '2023-03-10']]],
    // A range across months: the year at its end is the start's too.
    ['The session was held from Feb. 28 to March 5, 2024 in Beijing.', [['Feb. 28', '2024-02-28'], ['March 5, 2024', '2024-03-05']]],
    ['The CPPCC met on March 3, 2021. A later session was held from Feb. 28 to March 5, 2024.', [['March 3, 2021', '2021-03-03'], ['Feb. 28', '2024-02-28'], ['March 5, 2024', '2024-03-05']]],
    ['The inspection ran from Nov. 30 through Dec. 2, 2022.', [['Nov. 30', '2022-11-30'], ['Dec. 2, 2022', '2022-12-02']]],
    // Controls: a year written before still flows forward; a printed page date still dates every month-day; a range in one month.
    ['The report was released on March 10, 2023. Members met again on April 2 in Beijing.', [['March 10, 2023', '2023-03-10'], ['April 2', '2023-04-02']]],
    ['Updated: 2024-03-01\nThe session was held from Jan. 5 to 7 in Beijing, and the report was released on March 10, 2023.', [['2024-03-01', '2024-03-01'], ['Jan. 5', '2024-01-05'], ['7', '2024-01-07'], ['March 10, 2023', '2023-03-10']]],
    ['The inspection lasted from Jan. 5 to 7, 2023.', [['Jan. 5', '2023-01-05'], ['7', '2023-01-07']]],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual(want)
  })
})
