import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A capitalised word right before a number names it (Shenzhou 17, Boeing 737), but not where an approximation stands
 * between them: "Guangdong's GDP exceeded 13 trillion yuan" has the verb, not the acronym, before the number, and the figure
 * was lost. Class seen on en dev 507 (chinanews, "GDP exceeded 13 trillion yuan", "a GDP exceeding one trillion yuan"); the
 * other rows written here. Controls: a capitalised word right before the number still names it, also with a currency sign
 * before the number (RMB 5 billion counts), and an approximation opening the sentence (Some 80 …) is no name.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('an approximation between a capitalised word and the number', () => {
  it.each([
    ["Guangdong's GDP exceeded 13 trillion yuan for the first time.", [['exceeded 13 trillion yuan', 13e12, '元', 'more']]],
    ['Yantai is newly listed as a city with a GDP exceeding one trillion yuan.', [['exceeding one trillion yuan', 1e12, '元', 'more']]],
    ['The GDP topped 2 trillion yuan last year.', [['topped 2 trillion yuan', 2e12, '元', 'more']]],
    ['Exports from Shenzhen exceeded 300 billion yuan.', [['exceeded 300 billion yuan', 300e9, '元', 'more']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The Shenzhou 17 crew returned.', []],
    ['He flew on a Boeing 737 to Beijing.', []],
    ['Some 80 chairpersons attended the training.', [['Some 80 chairpersons', 80, 'chairperson', 'about']]],
    ['The fund raised RMB 5 billion last year.', [['RMB 5 billion', 5e9, '元', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
