import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * The word CPPCC before a title before a name makes its holder a member (CPPCC member Wang Jian), except a title that
 * never makes one: "CPPCC spokesman Wang Guoqing" (en dev 448) is the spokesman of the page's CPPCC, no member, as
 * "Lü Xinhua, CPPCC spokesperson" already was (en 352, 327, 306: a spokesman is not made a member). Rows written here.
 */
const OPEN = "The Chinese People's Political Consultative Conference (CPPCC) opened its annual session on Saturday. "
const person = (t: string, name: string) => {
  const p = analyzer.analyze(OPEN + t).persons.find((x) => x.name === name)
  return p ? [p.roles, p.org, p.cppccMember] : null
}
const CPPCC = "Chinese People's Political Consultative Conference"

describe('a spokesman after the word CPPCC, before the name', () => {
  it.each([
    ['CPPCC spokesman Wang Guoqing said at a press conference on Friday that 66 million people were lifted out of poverty.', 'Wang Guoqing', [['spokesman'], CPPCC, false]],
    ['CPPCC spokesperson Guo Weimin told reporters the session would last a week.', 'Guo Weimin', [['spokesperson'], CPPCC, false]],
  ])('%s', (text, name, want) => expect(person(text, name)).toEqual(want))

  // Controls: a member title after the word CPPCC still makes a member.
  it.each([
    ['CPPCC member Wang Jian suggested more training for rural teachers.', 'Wang Jian', [['member'], CPPCC, true]],
  ])('control: %s', (text, name, want) => expect(person(text, name)).toEqual(want))
})
