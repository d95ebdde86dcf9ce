import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A day and month followed by "last year" or "this year" take that year counted from the page's present, as a month so
 * written does (README: March last year = 去年3月; a month with "this year" / "last year" is a date). Class seen on en dev
 * 642 ("October11, last year" on a page dated January 15, 2009 → 2008-10-11, read as 2009); the other rows written here.
 * Where the page prints no date of its own the year stays unknown (--MM-DD), as for such a month.
 */
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => d.iso)

describe('a day and month with "last year" or "this year" after it', () => {
  it.each([
    ['(Xinhua News Agency January 15, 2009)\nHe was elected chairman on October 11 last year.', ['2009-01-15', '2008-10-11']],
    ['(Xinhua News Agency January 15, 2009)\nHe was elected chairman on October11, last year.', ['2009-01-15', '2008-10-11']],
    ['BEIJING, March 10, 2015 (Xinhua) -- The plan was adopted on Dec. 20 last year.', ['2015-03-10', '2014-12-20']],
    ['Updated: 2024-03-04\nThe session opened on March 3 this year.', ['2024-03-04', '2024-03-03']],
    ['He was elected chairman on October 11 last year.', ['--10-11']],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})

describe('controls: no relative year right after the day, a possessive, a full date', () => {
  it.each([
    ['(Xinhua News Agency January 15, 2009)\nOn October 11, the last year of the plan began.', ['2009-01-15', '2009-10-11']],
    ['(Xinhua News Agency January 15, 2009)\nProposals raised since March 3 last year’s session were handled.', ['2009-01-15', '2009-03-03']],
    ['(Xinhua News Agency January 15, 2009)\nHe was elected on October 11, 2008, last year.', ['2009-01-15', '2008-10-11']],
    // After a comma "last year" that goes on is the clause's subject (review of round 29): the page's year.
    ['(Xinhua News Agency January 15, 2009)\nBy October 11, last year saw a record harvest.', ['2009-01-15', '2009-10-11']],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})
