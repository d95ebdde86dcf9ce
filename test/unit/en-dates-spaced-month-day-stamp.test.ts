import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A page stamp that writes month and day in digits, set apart by a space, with a comma before the year, as "May 22, 2020"
 * writes them: "05 22,2020 17:15:25" (hihainan.info's byline line, en dev 432; gold 2020-05-22). It is the page's date, so
 * the month-days of its text take its year. Read only in a stamp line (short, no sentence), month first. Rows written here
 * after 432's line. Controls: the same digits inside a sentence, a first number that is no month, a thousands number.
 */
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => [d.text, d.iso])

describe('a stamp line month day,year in digits is the page date', () => {
  it.each([
    ['Voice from Hainan\nNews source:hihainan.info / By Liu Xiaomeng / 05 22,2020 17:15:25 / others\nThe sessions convene on May 21 and May 22.', [['05 22,2020', '2020-05-22'], ['May 21', '2020-05-21'], ['May 22', '2020-05-22']]],
    ['Members arrive\nBy Chen Li / 03 04,2021 09:30\nThe session opens on March 5.', [['03 04,2021', '2021-03-04'], ['March 5', '2021-03-05']]],
    ['Proposals filed\nSource: hihainan.info / 12 03, 2019\nMembers met on Dec 4.', [['12 03, 2019', '2019-12-03'], ['Dec 4', '2019-12-04']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})

describe('controls: not a stamp line, or no month first', () => {
  it.each([
    ['The county wrote 05 22,2020 in the report, which the committee members read out loud at their session in the town.', []],
    ['Proposals filed\nBy Li / 13 22,2020 / others\nMembers met on March 4.', [['March 4', '--03-04']]],
    ['Visitors\nBy Li / 05 22,000 / others\nMembers met on March 4.', [['March 4', '--03-04']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})
