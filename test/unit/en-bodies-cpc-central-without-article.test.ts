import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// The CPC Central Committee written without the article before the party's name (Central Committee of Communist Party of
// China), as "National Committee of CPPCC" is one form of the national CPPCC: a fixed form of data/en-bodies.tsv, the
// trailing acronym left out of the name. Sentences written by hand after en 565.
const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.kind, c.region])

describe('English bodies: Central Committee of Communist Party of China', () => {
  it.each<[string, unknown[][]]>([
    ['Mao Zedong was one of the seven members of the Standing Committee of the Political Bureau of the Central Committee of Communist Party of China (CPC) after 1949.', [['Central Committee of Communist Party of China', 'party', '全国']]],
    ['The Central Committee of Communist Party of China issued the guideline.', [['Central Committee of Communist Party of China', 'party', '全国']]],
    // Control: the form with the article is its own form, and the party alone is no body.
    ['The Central Committee of the Communist Party of China issued the guideline.', [['Central Committee of the Communist Party of China', 'party', '全国']]],
    ['He joined the Communist Party of China in 1975.', []],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })
})
