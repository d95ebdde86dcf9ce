import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "from January to October 2023", "January-October 2019", "From January to September this year": a range of months gives
 * two dates, its first month too, in the year written (or meant by this/last year) at its end, as the Chinese gold reads
 * 2022年1—10月 (dev 147: 2022-01 and 2022-10) and 今年5—6月 (dev 989). Theme of round 19 (economic statistics in English
 * two-sessions coverage); rows written here. Controls: no year at the end (a month alone is no date), a range across the
 * turn of a year (November to February 2024: the first month's year is not written), "between March and May 2020" (no
 * range word), a range of days keeps its reading.
 */
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => [d.text, d.iso])

describe('a range of months gives its first month too', () => {
  it.each([
    ['Retail sales rose 7.2 percent year-on-year from January to October 2023.', [['January', '2023-01'], ['October 2023', '2023-10']]],
    ['Exports in January-October 2019 rose 3 percent.', [['January', '2019-01'], ['October 2019', '2019-10']]],
    ['BEIJING, Oct. 20, 2023 (Xinhua)\nFrom January to September this year, the city received 2 million tourists.', [['Oct. 20, 2023', '2023-10-20'], ['January', '2023-01'], ['September this year', '2023-09']]],
    ['From March through June 2021, members visited 12 counties.', [['March', '2021-03'], ['June 2021', '2021-06']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['From January to October, the committee received 300 proposals.', []],
    ['From November to February 2024, the committee held 5 meetings.', [['February 2024', '2024-02']]],
    ['The proposals were handled between March and May 2020.', [['May 2020', '2020-05']]],
    ['The session ran from March 4 to 10, 2024.', [['March 4', '2024-03-04'], ['10', '2024-03-10']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})
