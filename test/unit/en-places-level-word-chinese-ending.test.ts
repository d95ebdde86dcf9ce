import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Two divisions of one pinyin and level are told apart by the level word written after the stem where their Chinese
 * names end differently (data/en-division-words.tsv, ends): Yunan County is 郁南县 (yu nan), not 云安区 (yun an), both of
 * 云浮市 (en dev 554). Rows worked out by hand from data/divisions.tsv. Controls: a stem with one division keeps it.
 */
const places = (t: string) => analyzer.analyze(t).places.map((p) => p.name).sort()

describe('the level word picks the division whose Chinese name it ends', () => {
  it.each([
    // Guangdong's: a place in the possessive is a place too (en-places-possessive-owner.test.ts).
    ["Deputies from Guangdong's Yunan County, Yunfu City, set up stalls.", ['云浮市', '广东省', '郁南县']],
    ['Yunan County of Yunfu City held a fair.', ['云浮市', '郁南县']],
  ])('%s', (text, want) => expect(places(text)).toEqual(want))

  it.each([
    ['He visited Yun’an District in Yunfu City.', ['云安区', '云浮市']],
    ['Xinxing County in Yunfu City grows tea.', ['云浮市', '新兴县']],
  ])('control: %s', (text, want) => expect(places(text)).toEqual(want))
})
