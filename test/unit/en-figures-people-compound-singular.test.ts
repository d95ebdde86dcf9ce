import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "people" closing a counted noun compound is counted in the singular as "people" alone is (person): 31.74 million
 * individual business people → business person. Class seen on en dev 538; the other rows written here.
 * Controls: "people" alone, a compound with a regular plural.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('a noun compound ending in people', () => {
  it.each([
    ['China had 31.74 million individual business people in 1999.', [[31740000, 'business person', null]]],
    ['More than 200 business people attended the forum.', [[200, 'business person', 'more']]],
    ['Some 800 media people attended the briefing.', [[800, 'media person', 'about']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The region has 1.3 billion people.', [[1300000000, 'person', null]]],
    ['The chamber has 500 business owners.', [[500, 'business owner', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
