import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A number without a noun after "death toll" earlier in its clause counts persons, as after "population" (the
 * population words of data/en-figure-words.tsv). Class seen on en dev 454 (CCTV, "The death toll from the quake rose to
 * 69,159 as of Thursday noon"); the other rows written here.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('a count after "death toll" counts persons', () => {
  it.each([
    ['The death toll from the quake rose to 69,159 as of Thursday noon, the office said.', [[69159, 'person', null]]],
    ['The death toll of the flood has reached 120.', [[120, 'person', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
