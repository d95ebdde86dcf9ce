import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "nears" / "nearing" right before a figure make it approximate from below, as "nearly" does (GUIDE.md: nearly/almost →
 * less). Class seen on en dev 454 (CCTV headline "… for quake relief nears 7 bln yuan"); the other rows written here.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('nears / nearing before a figure', () => {
  it.each([
    ['"Special CPC membership dues" for quake relief nears 7 bln yuan', [[7000000000, '元', 'less']]],
    ['The number of proposals nears 500 this year.', [[500, 'proposal', 'less']]],
    ['Donations from members are nearing 2 million yuan.', [[2000000, '元', 'less']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
