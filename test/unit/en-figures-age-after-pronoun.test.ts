import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A person's own age after a pronoun and "be" (I am 72, I was 11 when …, she is 45) counts years, as "aged 72" and
 * "Yu Zhengsheng, 67," do. Class seen on en dev 363 ('I am 72, so I was on the verge of retirement') and 534 ('I was
 * 11 when my father ...'); the other rows written here. Controls: a counted noun, a percent or a time span after the
 * number, "it is".
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('an age after a pronoun and be', () => {
  it.each([
    ['I am 72, so I was on the verge of retirement.', [[72, 'year', null]]],
    ['I was 11 when my father was arrested.', [[11, 'year', null]]],
    ['She was 45 when she joined the committee.', [[45, 'year', null]]],
    ["I'm 60 this year and still work.", [[60, 'year', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['He is 30 percent sure of it.', [[30, '%', null]]],
    ['He was 10 minutes late.', [[10, 'minute', null]]],
    ['I am 3 proposals short of the target.', [[3, 'proposal', null]]],
    ['It is 5 in all.', []],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
