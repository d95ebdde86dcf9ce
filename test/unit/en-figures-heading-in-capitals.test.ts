import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A heading printed in capitals (a paragraph of words in capitals, no lower-case letter) reads as in lower case: its
 * capitals mark the heading, not a name, so a number word there counts as in a sentence (OVER PAST FIVE YEARS: 5 year,
 * 过去五年; en dev 500 annotated so), the figure's text keeping the capitals. Class seen on en dev 500 (the government
 * work report's highlights: 'OVER PAST FIVE YEARS', 'MAJOR TARGETS FOR 2018'); the other rows written here. Controls:
 * number words capitalised in a sentence (a name), a set phrase and a year in a heading, a number in a name.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('a heading in capitals: its numbers count', () => {
  it.each([
    ['OVER PAST FIVE YEARS\n— GDP has grown steadily.', [['FIVE YEARS', 5, 'year', null]]],
    ['THREE KEY TASKS FOR THIS YEAR\nThe government will act on them.', [['THREE KEY TASKS', 3, 'task', null]]],
    ['MORE THAN 300 MEMBERS ATTEND\nThey met in the city.', [['MORE THAN 300 MEMBERS', 300, 'member', 'more']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The Two Sessions open in the capital this week.', []],
    ['TWO SESSIONS OPEN IN THE CAPITAL\nDelegates arrived.', []],
    ['MAJOR TARGETS FOR 2018\n— GDP growth of around 6.5 percent', [['around 6.5 percent', 6.5, '%', 'about']]],
    ['SHENZHOU 17 LAUNCHED\nThe crew is safe.', []],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
