import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// Relative region words listed before a body share its organ (省、市政协 → the province's and the city's 政协), also where the
// segmenter glues the first word to a preposition before it (反映给区 + 、镇党委: dev 946). Expected values by hand; (page N)
// marks a dev page's sentence, the others were written for this test.
describe('bodies: a list of relative region words sharing an organ, after a preposition', () => {
  it.each([
    // (page 946)
    // (a district's 党委 is its 委: dev-pages README, 我县党委政府 → X县委; the gold of 946)
    ['清新区山塘镇政协委员工作室收集社情民意46件,并整理反映给区、镇党委。', ['清新区委', '山塘镇党委']],
    ['清远市清新区政协委员将意见反映给市、区政协。', ['清远市政协', '清新区政协']],
    ['南昌县政协委员把建议交给县、乡两级人大。', []],
  ])('%s', (text, expected) => {
    for (const n of expected) expect(names(text)).toContain(n)
  })

  it.each([
    // a word glued to a noun, no preposition: no body of the region
    ['清新区山塘镇有市区、镇党委。', ['清新区党委', '清新区委']],
  ])('%s: none of %j', (text, never) => {
    for (const n of never) expect(names(text)).not.toContain(n)
  })
})
