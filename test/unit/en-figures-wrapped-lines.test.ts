import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A hard-wrapped English page (old Eastday and china.org.cn archives print lines of about 75 characters) can break a
 * line between a number and its counted noun: the noun after the line end is still the figure's unit (en dev 450:
 * "more than 4,400│proposals", "44│foreign countries", "three│international organizations"). A short line (a title)
 * or one closed by a full stop stays its own paragraph: the number there keeps no noun from the next line.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => `${f.value} ${f.unit} ${f.approx}`)

describe('a number and its noun across a line end of a wrapped text', () => {
  it.each([
    ["Since last year's session, the National Committee of the CPPCC had received more than 4,400\nproposals from its members, participating institutions and special committees.", ['4400 proposal more']],
    ['Meanwhile, the CPPCC National Committee has also sent 29 delegations to 44\nforeign countries and received 28 delegations from 23 foreign nations and three\ninternational organizations.', ['29 delegation null', '44 country null', '28 delegation null', '23 nation null', '3 organization null']],
    ['In the past year the provincial committee of the CPPCC organized some 120\ninspection tours in the cities and counties of the province.', ['120 inspection tour about']],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  // Controls: a line that ends a sentence, and a short title line, are paragraphs of their own.
  it.each([
    ['The session closed on Friday after the members had voted on the list of 2,400.\nProposals were then sent to the departments for handling.', []],
    ['Top 10\nproposals of the year were named by the committee on Monday.', []],
  ])('control: %s', (text, want) => expect(figures(text)).toEqual(want))
})
