import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A year opening a clause after a subordinating word (As 2025 marks …, when 2026 sees …, since 2024 marks …) is the
 * subject of the verb that reads as a plural noun: a year, no count of marks. Seen on en dev 681 (Xinhua, "As 2025 marks
 * the final year of China's 14th Five-Year Plan"); the other rows are the common news forms, worked out by hand.
 * Controls: a number that counts marks (scored 2020 marks), and a count after the same words (As 300 members attended).
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('a year after a subordinating word is the subject of its clause', () => {
  it.each([
    ["As 2025 marks the final year of China's 14th Five-Year Plan period, growth matters.", []],
    ['The plan matters as 2026 marks the start of a new five-year period.', [[5, 'year', null]]],
    ['When 2024 sees the economy recover, jobs will follow.', []],
    ['Since 2019 marks the 70th anniversary of the CPPCC, the session is special.', []],
    ['While 2023 marks a recovery, risks remain.', []],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The students scored 2020 marks in all.', [[2020, 'mark', null]]],
    ['As 300 members attended, the meeting opened.', [[300, 'member', null]]],
    ['2025 marks a new start.', []],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
