import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * An acronym's plural after a number is the counted noun: the acronym in lower case as every unit (200 SOEs: soe, 30 NGOs:
 * ngo), capitalised names before it left out as before a lower-case noun (400 NPC MPs: mp, as five NPC deputies: deputy),
 * a plural before "and" the counted noun itself (24 towns and districts: town). compromise read SOEs as "so" and MPs as a
 * singular, so the number took the unit counted before it (over 400 … : time). Class seen on en dev 620 (CGTN, "over 400
 * NPC MPs and CPPCC members"); the other rows written here from the common English news forms. Controls: an acronym
 * before a lower-case plural is a name left out (2,000 CPPCC members: member); a singular acronym counts nothing.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe("an acronym's plural is the counted noun", () => {
  it.each([
    ['The province has 200 SOEs under its supervision.', [['200 SOEs', 200, 'soe', null]]],
    ['More than 30 NGOs took part in the forum.', [['More than 30 NGOs', 30, 'ngo', 'more']]],
    ['Xi met lawmakers 53 times, listening to the opinions of over 400 NPC MPs and CPPCC members.', [['53 times', 53, 'time', null], ['over 400 NPC MPs', 400, 'mp', 'more']]],
    ['Loans went to some 3,000 SMEs last year.', [['some 3,000 SMEs', 3000, 'sme', 'about']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The 2,000 CPPCC members attended the session.', [['2,000 CPPCC members', 2000, 'member', null]]],
    ['He met five NPC deputies at the meeting.', [['five NPC deputies', 5, 'deputy', null]]],
    ['Over 30 members of the NPC joined.', [['Over 30 members', 30, 'member', 'more']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
