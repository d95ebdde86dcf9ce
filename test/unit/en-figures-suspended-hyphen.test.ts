import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A hyphen left hanging before "and"/"or" shares the hyphened end written after it (14 municipal- and county-level officials:
 * municipal-level and county-level; small- and medium-sized enterprises): the words before the noun describe it and the
 * counted noun is the plural after them, as with one level word (16 ministerial-level officials: official). The figure
 * had been dropped, the gap "- " ending the counted noun. Class seen on en dev 630 (china.org.cn, "14 municipal- and
 * county-level officials"); the other rows written here from the common English news form. Controls: a dash set apart by
 * spaces still ends the counted noun, and a coordination without the hanging hyphen reads as before.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('a hyphen left hanging before and/or', () => {
  it.each([
    ['In addition, 14 municipal- and county-level officials in the province have also been punished.', [['14 municipal- and county-level officials', 14, 'official', null]]],
    ['The fund has helped more than 300 small- and medium-sized enterprises.', [['more than 300 small- and medium-sized enterprises', 300, 'enterprise', 'more']]],
    ['The inspection named 20 provincial- or ministerial-level officials.', [['20 provincial- or ministerial-level officials', 20, 'official', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The 14 members - and their families - took part.', [['14 members', 14, 'member', null]]],
    ['The fund has helped 300 small and medium-sized enterprises.', [['300 small and medium-sized enterprises', 300, 'enterprise', null]]],
    ['In all, 16 ministerial-level officials were punished.', [['16 ministerial-level officials', 16, 'official', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
