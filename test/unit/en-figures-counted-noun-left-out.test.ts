import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Counts whose noun is written earlier and left out after the number (round 23d, en dev 446, 565, 566; the other rows
 * written here, values worked out by hand):
 * - a number word opening the sentence after one that counted things, as the subject of a verb ("Among the vice
 *   chairpersons, 11 are CPC members. Four are from ethnic minority groups and two are women": 4 and 2 vice chairpersons);
 * - a number word in a list of bare counts before the preposition that says whose they are ("3,265 were filed by members,
 *   56 by parties, one by a CPPCC sub-committee": 1 proposal);
 * - a part of a bare total "out of the 15" / "of the 15" that the page counted before ("15 hold a degree … Ten out of the
 *   15 are …": 10 officials).
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => `${f.value} ${f.unit}${f.approx ? ` ${f.approx}` : ''}`)

describe('a count without its noun counts the noun written before it', () => {
  it.each([
    ['Among the vice chairpersons, 11 are CPC members. Four are from ethnic minority groups and two are women.',
      ['11 vice chairperson', '4 vice chairperson', '2 vice chairperson']],
    ['The new committee has 24 vice chairpersons. Five are women and three are from ethnic minority groups.',
      ['24 vice chairperson', '5 vice chairperson', '3 vice chairperson']],
    ['The delegation visited 12 cities last month. Seven were in the west.', ['12 city', '7 city']],
    ['Among the proposals, the report said, 3,265 were filed by members, 56 by the central committees of parties, one by a CPPCC sub-committee and 46 by different social circle groups.',
      ['3265 proposal', '56 proposal', '1 proposal', '46 proposal']],
    ['The office received 500 proposals, 300 from members, two from special committees and 198 from parties.',
      ['500 proposal', '300 proposal', '2 proposal', '198 proposal']],
    ['Of the 169 senior officials, 31 of them have studied abroad and 15 hold a degree from an overseas institution. Ten out of the 15 are from non-Communist parties.',
      ['169 senior official', '31 senior official', '15 senior official', '10 senior official', '15 senior official']],
    ['The group has 40 members. Three of the 40 are women.', ['40 member', '3 member', '40 member']],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    // Nothing counted in the sentence before (a score, a year): the number word counts nothing named.
    ['The team won 3 to 1. Two were scored in the first half.', []],
    ['The session was held in 2023. Two are needed to pass.', []],
    // A span of time before is no count the next sentence goes on with.
    ['He worked there for five years. Two were spent abroad.', ['5 year']],
    // A number word not opening its sentence, nor the subject of a verb, in the next sentence.
    ['The committee elected 24 vice chairpersons. Officials said two would retire.', ['24 vice chairperson']],
    // A list whose count before the number word has its own noun, or no preposition after the number word.
    ['He scored 30 points, one in the final minute.', ['30 point']],
    ['Members filed 300 proposals, 56 on education and one more later.', ['300 proposal', '56 proposal']],
    // "out of the" a total the page never counted: no unit to take.
    ['Seven out of the 10 are new.', []],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
