import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A number after 连任 or 举办了 before a term (届) counts terms (连任三届, 连续举办了五届), but when a body begins right after
 * the term and the number is above any count of terms served or held (more than ten five-year terms), it is the term's
 * number, an ordinal (连任十三届全国人大代表). The review's sentences first, then rows written here; 连任四届全国政协委员
 * stays a count as dev gold has it.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => `${f.value}${f.unit ?? ''}`)

describe('term numbers before a body are no count', () => {
  it.each([
    ['再次当选的他连任十三届全国人大代表。', []],
    ['他连任十四届县政协主席。', []],
    ['全国政协举办了十四届全国政协委员学习研讨班。', []],
    ['已举办十三届全国政协委员履职培训班。', []],
    ['她连任十二届市人大代表，为群众办实事。', []],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  it.each([
    ['他已连任三届。', ['3届']],
    ['论坛已连续举办了五届。', ['5届']],
    ['他连任四届全国政协委员。', ['4届']],
  ])('a count stays: %s', (text, want) => expect(figures(text)).toEqual(want))
})
