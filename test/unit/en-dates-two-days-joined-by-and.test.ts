import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Two days of one month joined by "and" are two dates in the order written, also where the second is the earlier day:
 * two-sessions reports write "the NPC and the CPPCC will open on March 5 and 4, respectively" (en dev 636; README: the
 * second day takes the month written at the start). Rows written here, dates by hand. Controls: a range by "to" or a dash
 * that would run backwards is no second date; a count after "and" (12 representatives) stays a figure; a backward pair
 * not closed by a comma, semicolon, stop, bracket or "respectively" is no pair (3,000 people, 2 pm, 4 more came).
 */
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => d.iso)

describe('two days joined by "and", either order', () => {
  it.each([
    ['The two sessions will open on March 5 and 4, respectively.', ['--03-05', '--03-04']],
    ['The NPC and CPPCC annual sessions open on 5 and 3 March respectively.', ['--03-05', '--03-03']],
    ['Voting took place on June 13 and 14 in Beijing.', ['--06-13', '--06-14']],
    ['The congress and the committee closed on January 20 and 18, 2024, respectively.', ['2024-01-20', '2024-01-18']],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The team stayed from March 30 to 2 April.', ['--03-30']],
    ['The inspection ran March 28-3.', ['--03-28']],
    ['On March 4 and 12 representatives spoke.', ['--03-04']],
    // A backward pair only before a comma (not of a number), a semicolon, a stop, a bracket or "respectively":
    // else the smaller number after "and" is a count or a time (reviewer's rows, round 28).
    ['It opened on March 15 and 3,000 people came.', ['--03-15']],
    ['on March 5 and 3 other events', ['--03-05']],
    ['Between March 10 and 2 pm', ['--03-10']],
    ['arrived on March 5 and 4 more came', ['--03-05']],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})
