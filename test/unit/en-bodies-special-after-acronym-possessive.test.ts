import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const specials = (text: string) => analyzer.analyze(text).committees.filter((c) => c.kind === 'cppcc-special').map((c) => [c.name, c.region])

// A special committee written after the CPPCC acronym's possessive (the CPPCC's Proposals Sub-Committee) is a special
// committee of the page's CPPCC committee, named from its own words as written; where the page writes it twice, the
// first form names it (README: "one body written two ways is named from its first full form"; en 446 'the CPPCC's
// Proposals Sub-Committee' … 'the Proposal Sub-committee'). Sentences of our own.
describe('English bodies: a special committee after "the CPPCC\'s"', () => {
  it.each<[string, string[][]]>([
    ["The Ninth National Committee of the CPPCC received 3,583 proposals. The CPPCC's Proposals Sub-Committee has put on record 3,368 of them, according to a report by the Proposal Sub-committee.", [['Proposals Sub-Committee', '全国']]],
    ["Members of the CPPCC National Committee met. The CPPCC's Committee on Proposals handled 5,000 proposals.", [['Committee on Proposals', '全国']]],
    ["The Shanghai Municipal Committee of the CPPCC closed its session. The CPPCC’s Economic Committee held a meeting.", [['Economic Committee', '上海市']]],
    // Controls: no CPPCC committee named on the page; a possessive of another body.
    ["The CPPCC's Proposals Committee met on Monday.", []],
    ["The CPPCC National Committee met. The NPC's Economic Committee held a meeting.", []],
  ])('%s', (text, expected) => {
    expect(specials(text)).toEqual(expected)
  })
})
