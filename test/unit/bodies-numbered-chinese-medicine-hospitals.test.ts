import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.region])

// A region's numbered hospital of Chinese medicine (江苏省第二中医院, 成都市第一中医医院) is a body named as written, as its
// numbered 人民医院 is (data/bodies.tsv 第#中医院; dev 432), also with a title after it. Expected values worked out by hand;
// (page N) marks a dev page's sentence, the others were written for this test.
describe('bodies: a numbered hospital of Chinese medicine', () => {
  it.each([
    // (page 432)
    ['江苏省政协委员、江苏省第二中医院院长李华出席。', [['江苏省政协', '江苏省'], ['江苏省第二中医院', '江苏省']]],
    ['南京市第二中医院院长李华出席。', [['南京市第二中医院', '南京市']]],
    ['成都市政协委员到市第一中医医院调研。', [['成都市政协', '成都市'], ['成都市第一中医医院', '成都市']]],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })

  it.each([
    // controls: no region before it, or a kind of hospital
    ['委员们在第二中医院调研。', []],
    ['成都市政协调研公立中医院发展。', [['成都市政协', '成都市']]],
    ['委员们调研了第二批中医院建设情况。', []],
  ])('%s: no numbered hospital', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })
})
