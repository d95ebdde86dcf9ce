import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "4 and a half days", "two and a half years": a number and a half is one figure, the half added to the number (as 4.5 days),
 * digits or number words, with the counted noun or magnitude after it. Class seen on en dev 465 (China Daily, "The session
 * will last 4 and a half days", read as "4 and"); the other rows written here. Controls: "a day and a half" has no number
 * before "and a half"; "half of the members" and "the first half of the year" keep their readings.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('a number and a half is one figure', () => {
  it.each([
    ['The session will last 4 and a half days, ending on Wednesday.', [['4 and a half days', 4.5, 'day', null]]],
    ['It took the county two and a half years to finish the road.', [['two and a half years', 2.5, 'year', null]]],
    ['Members spent more than one and a half hours on the draft.', [['more than one and a half hours', 1.5, 'hour', 'more']]],
    ['The fund raised 3 and a half million yuan for the schools.', [['3 and a half million yuan', 3500000, '元', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls: no number before "and a half", or a half alone', () => {
  it.each([
    ['The inspection took a day and a half.', []],
    ['Half of the members are new.', [['Half', 0.5, null, null]]],
    ['In the first half of the year, the committee held 12 meetings.', [['12 meetings', 12, 'meeting', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
