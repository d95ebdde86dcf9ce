import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A number without a noun whose clause goes on to give its share ("…, accounting for 98.9 percent") is a count, of what
 * the page counted before: "members have offered 3,737 proposals … Replies have been given to 3,527 by the end of
 * February 20, 2002, accounting for 98.9 percent" (en dev 449). Without anything counted before, or with a year, no
 * count. Rows worked out by hand; the first from the page.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => `${f.value} ${f.unit}`)

describe('a bare count whose share follows in its clause', () => {
  it.each([
    ['Members have offered 3,737 proposals since the last session. Replies have been given to 3,527 by the end of February, accounting for 98.9 percent.', ['3737 proposal', '3527 proposal', '98.9 %']],
    ['The committee received 879 proposals this year. By Friday it had filed 741 after review, representing about 84 percent.', ['879 proposal', '741 proposal', '84 %']],
    ['Some 2,100 members attended the session. Later 1,927 took part in the vote, making up 89 percent.', ['2100 member', '1927 member', '89 %']],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  // Controls: nothing counted before; a year; a share with no comma in the clause.
  it.each([
    ['Replies have been given to 3,527 by the end of February, accounting for 98.9 percent.', ['98.9 %']],
    ['The committee received 879 proposals. In 2019, accounting for 5 percent, the rest came late.', ['879 proposal', '5 %']],
    // (a change "rose from 60 to 75 percent" is two figures, both shares: en-figures-change-from-to)
    ['The committee received 879 proposals. Turnout rose from 60 to 75 percent.', ['879 proposal', '60 %', '75 %']],
    // …and things counted more than two sentences before (review of round 17).
    ['The committee received 1,200 proposals in 2023. Members met in March. They visited towns. They met farmers. The city\'s GDP grew to 3,527, accounting for 12 percent of the province.', ['1200 proposal', '12 %']],
  ])('control: %s', (text, want) => expect(figures(text)).toEqual(want))
})
