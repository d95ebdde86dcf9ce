import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string): [string, string, string | null][] =>
  analyzer.analyze(text).committees.map((c) => [c.name, c.kind, c.region])

// A region's party committee written with the party's short English name, as Hong Kong and foreign papers write it
// (the Guangdong Communist Party committee; the Shanghai Municipal Communist Party Committee): the region's party
// committee (省委, 市委), named as written, as "Guangdong Provincial Party Committee" is. Class seen on en dev 578;
// sentences of our own.
describe('English bodies: a region and its level before "Communist Party committee"', () => {
  it.each<[string, [string, string, string | null][]]>([
    ['Under the leadership of the Guangdong Communist Party committee, the province cut red tape.', [['Guangdong Communist Party committee', 'party', '广东省']]],
    ['He was secretary of the Shanghai Municipal Communist Party Committee until 2007.', [['Shanghai Municipal Communist Party Committee', 'party', '上海市']]],
    ['Officials of the Hangzhou Communist Party Committee attended.', [['Hangzhou Communist Party Committee', 'party', '杭州市']]],
    // Controls: the party's own name without a region, and a region's party committee as before.
    ['The Chinese Communist Party Committee of the university met.', []],
    ['He is secretary of the Guangdong Provincial Party Committee.', [['Guangdong Provincial Party Committee', 'party', '广东省']]],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })
})
