import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A clause after a name or a list of names gives them the titles that follow (README, Persons: whole titles written
// next to the name; a role given once for a list of names belongs to each name):
// - a plural copula with "both" or "all" before the titles: "A and B are (both) members of X and vice chairmen of Y";
// - an adverb in -ly or a date between the copula and the election verb: "was recently elected", "was on June 17 elected";
// - a removal verb with "as", as "removed from the post of" already is: "was removed as a member of the CPPCC".
// Seen on en dev 462 (are both members of …), 469 (was recently elected as …), 474 (was on June 17 elected member of …)
// and 437 (was removed as a member of …); sentences written by hand, truth worked out by hand.
// Controls: a copula with no title after it, a plural noun that is no title, "removed as" a description.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])
const NC = 'CPPCC National Committee'
const CC = 'CPC Central Committee'

describe('titles in a predicate after a name or a list', () => {
  it.each([
    [`Li Ming and Wang Hua are members of the ${NC}.`, [['Li Ming', ['member'], NC, true], ['Wang Hua', ['member'], NC, true]]],
    [`Li Ming and Wang Hua are both members of the Political Bureau of the ${CC} and vice chairmen of the Central Military Commission.`, [
      ['Li Ming', ['member', 'vice chairman'], CC, false], ['Wang Hua', ['member', 'vice chairman'], CC, false]]],
    [`Li Ming, Wang Hua and Zhao Gang were all vice chairmen of the ${NC}.`, [
      ['Li Ming', ['vice chairman'], NC, true], ['Wang Hua', ['vice chairman'], NC, true], ['Zhao Gang', ['vice chairman'], NC, true]]],
    [`Li Ming was recently elected vice chairman of the ${NC}.`, [['Li Ming', ['vice chairman'], NC, true]]],
    [`Li Ming was unanimously elected as a member of the Standing Committee of the ${NC}.`, [['Li Ming', ['member'], NC, true]]],
    [`Li Ming was on June 17 elected member of the Standing Committee of the ${CC}.`, [['Li Ming', ['member'], CC, false]]],
    [`Li Ming was removed as a member of the ${NC}.`, [['Li Ming', ['member'], NC, true]]],
    [`Li Ming was dismissed as vice chairman of the ${NC} last year.`, [['Li Ming', ['vice chairman'], NC, true]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: no title after the predicate', () => {
  it.each([
    ['Li Ming and Wang Hua are both teachers in the county.', [['Li Ming', [], null, false], ['Wang Hua', [], null, false]]],
    ['Li Ming and Wang Hua were all present at the meeting.', [['Li Ming', [], null, false], ['Wang Hua', [], null, false]]],
    ['Li Ming was quickly removed as a matter of routine.', [['Li Ming', [], null, false]]],
    ['Li Ming was recently seen in the city.', [['Li Ming', [], null, false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
