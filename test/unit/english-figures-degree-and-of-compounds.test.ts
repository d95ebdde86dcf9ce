import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Counted nouns that the reader lost: an adverb of degree before an adjective (five of the most creative proposals: en dev
// 605's gold, proposal), and a counted noun whose name goes on with "of" (20 chambers of commerce, 10 chamber of commerce: en dev
// 404 and 592, chamber of commerce). Truth by hand, by the English figure rules of the dev-pages README (adjectives dropped,
// capitalised names left out, the noun compound kept, singular).
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('English figures: the counted noun after an adverb of degree, or with "of"', () => {
  it.each([
    ['But some delegates did not disappoint; here are five of the most creative proposals.', [['five', 5, 'proposal', null]]],
    ['The group named three of the least developed counties in the province.', [['three', 3, 'county', null]]],
    ['The city will build two very large hospitals.', [['two very large hospitals', 2, 'hospital', null]]],
    ['The representatives of 20 chambers of commerce discussed the group proposals.', [['20 chambers of commerce', 20, 'chamber of commerce', null]]],
    ['The federation has established 10 chamber of commerce in the casting industry.', [['10 chamber of commerce', 10, 'chamber of commerce', null]]],
    ['There are now 31 provincial federations of industry and commerce.', [['31 provincial federations of industry and commerce', 31, 'federation of industry and commerce', null]]],
    // Controls: a superlative right after a number ranks a known set (en dev 480: the two sessions), no count; "most" as a determiner before a noun is no count's word; one of the best counts nothing; an "of" phrase
    // that is not of the data is left after the noun; a chamber of commerce named with capitals is a body, no count.
    ['Most proposals were handled, and 1,200 proposals got replies.', [['1,200 proposals', 1200, 'proposal', null]]],
    ['He is one of the most active members.', []],
    ['The polls ask what the public thinks about the two most important meetings in the political calendar.', []],
    ['They visited 20 offices of the bureau.', [['20 offices', 20, 'office', null]]],
    ['The Beijing Chamber of Commerce held its meeting.', []],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
})
