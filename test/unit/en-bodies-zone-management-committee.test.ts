import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string): [string, string, string | null][] =>
  analyzer.analyze(text).committees.map((c) => [c.name, c.kind, c.region])

// A development zone's administration (管委会) written in English: "management committee" or "administration
// (administrative) committee" of a zone named after "of", in either case (director of the management committee of
// Changchun Economic and Technological Development Zone; administration committee of Changxing Island economic zone).
// A government body named as written (without "the"), region the division written in the zone's name, else the city
// the page is about (the zone is no division). Class seen on en dev 466 and 594; sentences of our own.
describe('English bodies: the management committee of a development zone', () => {
  it.each<[string, [string, string, string | null][]]>([
    ['Wang Lei, director of the management committee of Changchun Economic and Technological Development Zone, spoke.',
      [['management committee of Changchun Economic and Technological Development Zone', 'government', '长春市']]],
    ['He later headed the Administrative Committee of Suzhou Industrial Park for five years.',
      [['Administrative Committee of Suzhou Industrial Park', 'government', '苏州市']]],
    ['The Management Committee of Hefei High-tech Industrial Development Zone held a meeting.',
      [['Management Committee of Hefei High-tech Industrial Development Zone', 'government', '合肥市']]],
    ['Dalian officials met Li Ming, director of administration committee of Changxing Island economic zone.',
      [['administration committee of Changxing Island economic zone', 'government', '大连市']]],
    // Controls: no zone after "of", or no committee word.
    ['The management committee of the company met in Changchun.', []],
    ['The committee of Changchun Economic and Technological Development Zone met.', []],
    ['He toured Changchun Economic and Technological Development Zone with the management committee.', []],
    // Round 31 review point 6: an ordinary park (no zone word inside, no New Area / Pilot Zone head) is no zone.
    ['The Management Committee of the Wanda Theme Park in Hefei met.', []],
    ['The management committee of Hong Kong Science Park met.', []],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })
})
