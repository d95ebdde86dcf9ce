import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Two forms of English news: "as much as N" is 高达/多达, more, as "as many as" already is (data/en-figure-words.tsv:
 * before, more); "One highlight of …", "one example", "one standout area" single out an item of a set (亮点之一) and count
 * nothing (data: phrase; en dev 634). Rows written here, values by hand. Controls: "as much … as" with no number, "as
 * many as", and "one" counting a noun (one proposal, one day).
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('"as much as" before a number is more', () => {
  it.each([
    ['Some small firms pay as much as 40 to 50 percent of their revenue in taxes.', [[40, '%', 'more']]],
    ['The project will cost as much as 2 billion yuan.', [[2000000000, '元', 'more']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('"one highlight", "one example" count nothing', () => {
  it.each([
    ['One highlight of this year was legislative proposals for the free trade zone.', []],
    ['One example is the pilot program in Pudong, which covers 30 communities.', [[30, 'community', null]]],
    ['One standout area is eldercare.', []],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['Members paid as much attention to jobs as to growth.', []],
    ['As many as 300 members attended the session.', [[300, 'member', 'more']]],
    ['He submitted one proposal on rural schools.', [[1, 'proposal', null]]],
    ['The press conference was held one day ahead of the session.', [[1, 'day', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
