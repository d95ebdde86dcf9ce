import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const places = (text: string) => analyzer.analyze(text).places.map((p) => p.name).sort()
const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.region])

// English text mostly prints pinyin's ü as u (Lushunkou for Lüshunkou, lv shun kou in data/divisions-pinyin.tsv): a stem
// so written names the division where no division's stem is written with u (en dev 406). Sentences of our own.
describe('English places: ü written u', () => {
  it.each<[string, string[]]>([
    ['Delegates from Lushunkou District of Dalian met on Monday.', ['大连市', '旅顺口区']],
    ['Delegates from Lüshunkou District and Lvshunkou District met.', ['旅顺口区']],
    ['The Lüliang Municipal CPPCC met.', ['吕梁市']],
    // Control: a stem written with u names that division first (陆良县 lu liang, not 吕梁市).
    ['Delegates from Luliang County met.', ['陆良县']],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected)
  })
})

// "Regional" after a district's name, as a translation writes 区 (Lushunkou Regional Committee of the Chinese Communist
// Party: 旅顺口区委), is that district's level word as it is an autonomous region's (Tibet Regional Committee of the CPPCC).
describe('English bodies: Regional after a district', () => {
  it.each<[string, Array<[string, string]>]>([
    ['Li Jun spoke on behalf of the Lushunkou Regional Committee of the Chinese Communist Party.', [['Lushunkou Regional Committee of the Chinese Communist Party', '旅顺口区']]],
    ['Members of the Tibet Regional Committee of the CPPCC met.', [['Tibet Regional Committee of the CPPCC', '西藏自治区']]],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })
})
