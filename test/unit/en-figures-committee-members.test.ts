import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "committee" before the counted noun names it (test/fixtures/dev-pages/README.md, English pages: the noun compound as
 * written): 376 due committee members → committee member, 300 standing committee members → standing committee member (en
 * dev 240, 394, 465 and 445's standing committee session so annotated); it had been left out as a describing word (member).
 * After a name or a level word it ends a body's name and is left out with them, as capitalised names are (273 CPPCC Zhoushan
 * committee members, over 700 provincial committee members → member: en dev 214, 381). Other rows written here. Controls:
 * capitalised body names (298 Standing Committee members), a plural "committees" as the counted noun itself.
 */
const units = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('committee in the counted noun', () => {
  it.each([
    ['In all, 376 due committee members attended the meeting.', [[376, 'committee member', null]]],
    ['Nearly 500 committee members will assemble in Hangzhou.', [[500, 'committee member', 'less']]],
    ['The 300 standing committee members were also elected.', [[300, 'standing committee member', null]]],
    ['More than 40 committee members took part in the survey.', [[40, 'committee member', 'more']]],
  ])('%s', (text, want) => expect(units(text)).toEqual(want))
})

describe('after a name or a level word it ends the body name', () => {
  it.each([
    ['The 273 CPPCC Zhoushan committee members came from all walks of life.', [[273, 'member', null]]],
    ['Over 700 provincial committee members attended the session.', [[700, 'member', 'more']]],
    ['Some 450 municipal committee members joined the inspection.', [[450, 'member', 'about']]],
  ])('%s', (text, want) => expect(units(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The 298 Standing Committee members of the 11th National Committee voted.', [[298, 'member', null]]],
    ['Four specialized CPPCC committees organized fact-finding trips.', [[4, 'committee', null]]],
    ['The party set up 12 committees last year.', [[12, 'committee', null]]],
  ])('%s', (text, want) => expect(units(text)).toEqual(want))
})
