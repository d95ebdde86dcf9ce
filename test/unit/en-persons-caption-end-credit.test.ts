import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A photo credit closing a caption (round 31, en dev 331, 617, 656, 690): China Daily prints the photographer's name, "/"
// and the agency after the caption's last sentence, in brackets ("… on Monday. [Zou Hong / China Daily]"), before a bar
// ("… until March 12. Wang Jing / China Daily |") or at the paragraph's end. Truth by hand from GUIDE.md (credits are
// roles) and data/en-credits-after.tsv (a name, "/" and an agency: photographer), as a credit on a line of its own.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])
const roleOf = (t: string, name: string) => persons(t).find((p) => p[0] === name)?.[1]

describe('a name, "/" and an agency after a caption\'s sentence is a photo credit', () => {
  it.each([
    ['Members arrive for the opening of the annual session on Sunday. [Zou Hong / China Daily]\n\nThe session opened.', 'Zou Hong'],
    ['The annual gathering of political advisers will run until March 12. Wang Jing / China Daily |\nThe session opened.', 'Wang Jing'],
    ['About 30 percent of these messages will be adopted by relevant departments. Kuang Linhua / China Daily\n\nThe members met.', 'Kuang Linhua'],
    // …also with no space after the full stop, and with another agency of data/en-credit-agencies.tsv.
    ['Advisers attend the meeting in Beijing on March 4.[Li Ming / Xinhua]\nThe meeting closed.', 'Li Ming'],
    // …also in round brackets (round 31 review of d31fd977).
    ['Members arrive for the opening of the annual session on Tuesday. (Zou Hong / China Daily)\n\nThe session opened.', 'Zou Hong'],
    ['Advisers attend the meeting in Beijing on March 4.(Li Ming / Xinhua)\nThe meeting closed.', 'Li Ming'],
  ])('%s', (text, name) => {
    expect(roleOf(text, name)).toEqual(['photographer'])
  })
})

describe('no credit where the mark does not close the caption with an agency', () => {
  it.each([
    // Controls: a title after the mark, words after the agency, a sentence between the name and the mark.
    ['The report was adopted on Monday. Wang Lin / Vice Chairman\nThe session closed.', 'Wang Lin'],
    ['The report was adopted on Monday. Wang Lin / China Daily readers were told more.\n', 'Wang Lin'],
    ['The members set off on Monday. Wang Lin said the plan was good / Shanghai Daily\n', 'Wang Lin'],
    ['The report was adopted on Monday. (Wang Lin / Vice Chairman)\nThe session closed.', 'Wang Lin'],
  ])('%s', (text, name) => {
    expect(roleOf(text, name)).toEqual([])
  })
  // …and a credit with its own word before the name keeps its one role.
  it('[Photo by Zou Hong / China Daily]', () => {
    expect(roleOf('Members arrive at the opening on March 4.[Photo by Zou Hong / China Daily]\nThe session opened.', 'Zou Hong')).toEqual(['photographer'])
  })
})
