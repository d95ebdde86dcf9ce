import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "The number of industrial enterprises above designated size increased by 8,439": a bare number counts the noun after
 * "the number of" as that noun is read after a number (8,439 industrial enterprises: industrial enterprise), the noun
 * compound with its classifier or hyphened word kept and describing words dropped, not the plural alone. Class seen on
 * en dev 502 (Guangdong government work report); the other rows written here. Controls: a describing word is still left
 * out (new proposals: proposal), and a plain plural stays as it was.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('the counted noun after "the number of" is read as a counted noun', () => {
  it.each([
    ['The number of industrial enterprises above designated size increased by 8,439 last year.', [[8439, 'industrial enterprise', null]]],
    ['The number of high-tech enterprises in the city reached 4,000.', [[4000, 'high-tech enterprise', null]]],
    ['The number of political advisers attending the session was 560.', [[560, 'political adviser', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls: describing words dropped, plain plurals unchanged', () => {
  it.each([
    ['The number of new proposals reached 1,200 this year.', [[1200, 'proposal', null]]],
    ['The number of proposals reached 5,000.', [[5000, 'proposal', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
