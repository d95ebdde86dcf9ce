import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A dateline closed by a colon: "China News Service, Beijing, January 24th: …" (en dev 507's gold: --01-24). A colon right
// after a day barred it, to keep times (10:30) out; a colon before a space ends the date. Truth by hand (README: a month and
// day without a year → --MM-DD).
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => [d.text, d.iso])

describe('English dates: a dateline closed by a colon', () => {
  it.each([
    ['China News Service, Beijing, January 24th: Three highlights of the two sessions held in 26 provinces.', [['January 24th', '--01-24']]],
    ['BEIJING, March 5: The third session of the 14th National People’s Congress opened on Wednesday.', [['March 5', '--03-05']]],
    ['Xinhua, Dec. 12, 2023: The CPPCC National Committee held a meeting.', [['Dec. 12, 2023', '2023-12-12']]],
    // Controls: a time after a date, and a time with a colon, are no day.
    ['The meeting opened on March 5 at 10:30 in Beijing.', [['March 5', '--03-05']]],
    ['The bus leaves at 24:00 every night.', []],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual(want)
  })
})
