import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A bare count after "Among the proposals," counts proposals also where a reporting clause stands in commas between
 * them ("Among the proposals, the report said, 3,265 were filed by members …, 56 by …": en dev 446); and a count set
 * beside its share "of the total" counts what was counted before ("received 3,583 proposals … put on record 3,368 or
 * 94 percent of the total"). Rows worked out by hand; the first two from the page.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => `${f.value} ${f.unit}`)

describe('a partitive before a reporting clause, a share of the total', () => {
  it.each([
    ["Among the proposals, the report said, 3,265 were filed by members of the Ninth National Committee of the CPPCC, 56 by the central committees of parties and 46 by different social circle groups.", ['3265 proposal', '56 proposal', '46 proposal']],
    ["The session had received 3,583 proposals by Friday. The Proposals Sub-Committee has put on record 3,368 or 94 percent of the total.", ['3583 proposal', '3368 proposal', '94 %']],
    ['Of the motions filed, according to the committee, 120 were on education.', ['120 motion']],
    ['Among the suggestions, Sun added, 40 concerned rural roads.', ['40 suggestion']],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  // Controls: no partitive before the clause; a share of a total with nothing counted before.
  it.each([
    ['The report said, 3,265 were filed by members in the end.', []],
    ['The turnout reached 94 percent of the total, officials said, and 1,200 or 5 percent of the total stayed away.', ['94 %', '5 %']],
  ])('control: %s', (text, want) => expect(figures(text)).toEqual(want))
})
