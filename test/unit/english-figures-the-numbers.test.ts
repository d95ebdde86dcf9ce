import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Bare numbers given as "the numbers": after "the numbers (that year) were" they count what the page counted just
// before (en dev 616: "a total of 4,478 proposals … -- the numbers that year were 3,819 and 3,576 respectively":
// proposal); before "(those) were the numbers/figures of <nouns>" or ": the numbers of <nouns>" they count those nouns (en dev 255: "Forty and seventy-three,
// those were the numbers of major proposals": proposal). Truth by hand, by the English figure rules of the dev-pages README.
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('English figures: bare numbers given as "the numbers"', () => {
  it.each([
    ['A total of 4,478 proposals were submitted last year. This is a big jump from 2003 -- the numbers that year were 3,819 and 3,576 respectively.', [['4,478 proposals', 4478, 'proposal', null], ['3,819', 3819, 'proposal', null], ['3,576', 3576, 'proposal', null]]],
    ['The committee received 1,200 suggestions in 2022; the figures were 980 and 1,050 before that.', [['1,200 suggestions', 1200, 'suggestion', null], ['980', 980, 'suggestion', null], ['1,050', 1050, 'suggestion', null]]],
    ['Forty and seventy-three, those were the numbers of major proposals raised during the annual sessions.', [['Forty', 40, 'proposal', null], ['seventy-three', 73, 'proposal', null]]],
    ['In the two years, 120 and 95 were the figures for new members.', [['two years', 2, 'year', null], ['120', 120, 'member', null], ['95', 95, 'member', null]]],
    ['Last year the city had 300 and 400: the numbers of registered volunteers in its two districts.', [['300', 300, 'volunteer', null], ['400', 400, 'volunteer', null], ['two districts', 2, 'district', null]]],
    ['Twelve and fifteen are the numbers of special committees in the two provinces.', [['Twelve', 12, 'special committee', null], ['fifteen', 15, 'special committee', null], ['two provinces', 2, 'province', null]]],
    // …not a number that is no list's: a year before "were the numbers" stays a year.
    ['In 2020 were the numbers of members high?', []],
    // Controls: bare numbers with nothing counted before and no "numbers" stay out; a count before a share is unchanged.
    ['The numbers were 12 and 15.', []],
    // …the colon form names a list of two numbers ("A and B: the numbers of X"), not one number before a heading's colon
    // (review of round 27: "Part 2: the figures for new members" counted members).
    ['Part 2: the figures for new members', []],
    ['We saw 3,819 and 3,576 there.', []],
    // …"the numbers of/for X": the clause names its own noun, so the numbers are not the page's last count.
    ['The CPPCC received 4,478 proposals last year. The numbers of members were 300 and 400.', [['4,478 proposals', 4478, 'proposal', null]]],
    ['The CPPCC received 4,478 proposals last year. The figures for new members are 120 and 95.', [['4,478 proposals', 4478, 'proposal', null]]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
})
