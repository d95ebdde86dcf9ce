import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A heading line closed by "… as follows:" or "… include:" whose paragraph gives a title in the plural heads the lines of
 * names after it: each name standing alone on a line (a note in brackets may follow; A, B and C) holds that title and its
 * body, first (README: a role given once for a list of names belongs to each). Class seen on en dev 546 (Wang Jing (female)
 * under "A total of 20 members of the National Committee … received awards …. Their major merits are as follows:"); the
 * sentences here are our own. Controls: a heading with no title in the plural, a name inside a prose line, a name after the
 * next line closed by a colon.
 */
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])
const NC = "National Committee of the Chinese People's Political Consultative Conference"
const HZ = 'CPPCC Hangzhou Municipal Committee'

describe('names on the lines under an "as follows:" heading hold its plural title', () => {
  it.each([
    [`A total of 12 members of the ${NC} received awards in 2022. Their major merits are as follows:\n\nWang Jing (female)\n\nWang has filed 12 proposals on food safety.\n\nLi Ming\n\nLi has visited 30 villages.`,
      [['Wang Jing', ['member'], NC, true], ['Li Ming', ['member'], NC, true]]],
    [`The vice chairmen of the ${HZ} elected at the session include:\n\nZhang Wei\n\nLiu Yang`,
      [['Zhang Wei', ['vice chairman'], HZ, true], ['Liu Yang', ['vice chairman'], HZ, true]]],
    [`The newly elected vice chairmen of the ${HZ} are as follows:\nZhang Wei, Liu Yang and Zhou Li`,
      [['Zhang Wei', ['vice chairman'], HZ, true], ['Liu Yang', ['vice chairman'], HZ, true], ['Zhou Li', ['vice chairman'], HZ, true]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    // No title in the plural in the heading.
    ['The main points of the report are as follows:\n\nZhang Wei\n\nLiu Yang', [['Zhang Wei', [], null, false], ['Liu Yang', [], null, false]]],
    // A name inside a line of prose.
    [`The vice chairmen of the ${HZ} are as follows:\nZhang Wei\nThe meeting was chaired by Liu Yang on Monday.`,
      [['Zhang Wei', ['vice chairman'], HZ, true], ['Liu Yang', [], null, false]]],
    // After the next line closed by a colon.
    [`The vice chairmen of the ${HZ} are as follows:\nZhang Wei\nGuests:\nLiu Yang`, [['Zhang Wei', ['vice chairman'], HZ, true], ['Liu Yang', [], null, false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
