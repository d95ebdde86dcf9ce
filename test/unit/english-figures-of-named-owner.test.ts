import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// "22 of China's 31 provinces": a part of a total whose owner is a name (China's, Hong Kong's) counts the noun after the
// total, as "Three of its 20 members" and "two of the committee's 34 participating groups" already do (en dev 616's gold:
// 22 province). Truth by hand, by the English figure rules of the dev-pages README.
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('English figures: "N of <Name>\'s M nouns"', () => {
  it.each([
    ["To date, 22 of China's 31 provinces have scrapped all farming taxes.", [['22', 22, 'province', null], ['31 provinces', 31, 'province', null]]],
    ["Nine of Hong Kong's 36 NPC deputies spoke at the meeting.", [['Nine', 9, 'deputy', null], ['36 NPC deputies', 36, 'deputy', null]]],
    ["About 20 of Guangdong’s 120 members raised proposals.", [['About 20', 20, 'member', 'about'], ['120 members', 120, 'member', null]]],
    // Controls: an owner without a total counts the noun after it (ten of China's provinces); a year after the owner is no total.
    ["Ten of China's provinces joined the plan.", [['Ten', 10, 'province', null]]],
    ["The committee handled 300 proposals, and 12 of them were key proposals.", [['300 proposals', 300, 'proposal', null], ['12', 12, 'proposal', null]]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
})
