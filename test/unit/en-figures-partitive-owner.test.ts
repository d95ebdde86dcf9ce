import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A count before "of" and an owner (46 of the country's private businessmen, Ten of China's provinces) counts the noun
 * after the owner, as "Sixteen of the proposals" counts proposals and "of its 20 members" members; "N of them" after it
 * goes on counting it. Class seen on en dev 538 ('46 of the country's private businessmen ... and 48 of them are deputies
 * to the NPC'); the other rows written here. Controls: the partitive without an owner, "one of", an owner before a number.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('a partitive with an owner', () => {
  it.each([
    ["At present, 46 of the country's private businessmen are CPPCC members and 48 of them are NPC deputies.", [[46, 'businessman', null], [48, 'businessman', null]]],
    ["Ten of China's provinces have set up such funds.", [[10, 'province', null]]],
    ["Twelve of the committee's members visited the county.", [[12, 'member', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['Sixteen of the proposals concern education.', [[16, 'proposal', null]]],
    ["One of the country's largest firms joined.", []],
    ["Two of the committee's 34 participating groups took part.", [[2, 'participating group', null], [34, 'participating group', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
