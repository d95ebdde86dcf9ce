import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Three forms of two-sessions news from Macao and the Greater Bay Area (round 32, en dev 713, 717; en 679), all in
 * data/en-figure-words.tsv:
 * - MOP before a number is the pataca, as MOP$ and "patacas" are (澳门元): MOP 10 billion, MOP10 billion;
 * - "the two (three, four) places" alone name places written before, as 两地 alone does (README): no count;
 * - a year before a verb in -s that compromise may read as a plural noun stays a year (the roadmap through 2035 consists
 *   of three phases; the goal for 2035 remains): no count of "consists".
 * Rows written by hand. Controls: places counted with no article (visited two places), a year-like number before a real
 * plural (around 2030 villages), money in HK$ and yuan.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('pataca, places named before, a year before a verb', () => {
  it.each([
    ['The Macao SAR government will invest MOP 10 billion in the zone.', [[10000000000, '澳门元', null]]],
    ['The fund holds about MOP2.5 billion.', [[2500000000, '澳门元', 'about']]],
    ['Trade between the two places grew 12 percent.', [[12, '%', null]]],
    ['It will benefit the people of the three places, he said.', []],
    ['The development roadmap for Hengqin through 2035 consists of three phases.', [[3, 'phase', null]]],
    ['The target for 2035 remains unchanged.', []],
    ['Their vision for 2030 represents a new stage.', []],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The delegation visited two places in Ningbo.', [[2, 'place', null]]],
    ['Around 2030 villages joined the program.', [[2030, 'village', 'about']]],
    ['It spent HK$5 billion and 3 billion yuan.', [[5000000000, '港元', null], [3000000000, '元', null]]],
    ['The mop costs 10 yuan.', [[10, '元', null]]],
    // Review r32 (mendD): a bare year after a currency word, no scale word, is the year (The MOP 2024 report), no money.
    ['The MOP 2024 report was released.', []],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
