import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "the number of proposals has doubled to over 6,000": a number without a noun counts the first plural after "the number
 * of" (proposal), not a verb in -s later in the clause, which the counted noun had been read from (has: "ha"); and a
 * percent written after "-plus" is a share (90-plus percent: 90 %, more), not a count of the things before. Rows written
 * here from English news usage (Xinhua, China Daily: "the number of ... has", "90-plus percent"); a describing word may
 * stand before the plural (the number of new members was 300: member, not "wa"). Control: -plus before a noun.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('the number of X has …: the first plural is counted', () => {
  it.each([
    ['The number of proposals has doubled to over 6,000 in the past decade.', [[6000, 'proposal', 'more']]],
    ['The number of members has grown to 2,169, the report said.', [[2169, 'member', null]]],
    ['The number of new members was 300.', [[300, 'member', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('a percent after -plus', () => {
  it.each([
    ['Members submitted 5,800 proposals, 90-plus percent of which were handled.', [[5800, 'proposal', null], [90, '%', 'more']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('control: -plus before a noun keeps counting the noun', () => {
  it.each([
    ['Some 2,000-plus members came.', [[2000, 'member', 'about']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
