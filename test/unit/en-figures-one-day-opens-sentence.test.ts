import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "One day, …" opening a sentence (with a comma or "in" after the word of time) says some day, as "one morning" does
 * (en-figures-one-morning-no-count): no count. Class of the brief (sentence-initial words taken for figures); sentences of
 * our own. Controls: "one day" inside a sentence (held one day before the session, as en dev 208's gold counts it),
 * "One day later" (a span, as 一天后), other numbers of the same sentence.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit])

describe('English figures: a sentence opened by "One day," counts nothing', () => {
  it.each<[string, Array<[string, number, string]>]>([
    ['One day, Wang Hong visited the county CPPCC in Shaoxing.', []],
    ['One day in 2019, the members visited 12 villages.', [['12 villages', 12, 'village']]],
    ['The road was bad. One day, the members came with a plan.', []],
    ['"One day, the road will come," said the farmer.', []],
    ['One year, the county had no rain at all.', []],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected))
})

describe('controls: "one day" that counts', () => {
  it.each<[string, Array<[string, number, string]>]>([
    ['The press conference was held one day before the session.', [['one day', 1, 'day']]],
    ['The group met. One day later, it visited 3 towns.', [['One day', 1, 'day'], ['3 towns', 3, 'town']]],
    ['They stayed one day, in the county hotel.', [['one day', 1, 'day']]],
    ['One member said the session lasted two days.', [['One member', 1, 'member'], ['two days', 2, 'day']]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected))
})
