import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons.map((p) => [p.name, p.roles])

// A people or an origin written right before a name says a person follows (彝族同胞曾明俊: dev 1097), as 老领导 does
// (data/person-cues.txt): the surname the segmenter took for an adverb (曾/d) is the name's, and the titles before the
// description in a 、-chain stay the person's. Round 21. Sentences written for this test; names worked out by hand.
describe('persons: 同胞 before a name', () => {
  it.each([
    ['会上，自贡市荣县新寺村党总支书记、彝族同胞曾明俊作了发言。', [['曾明俊', ['党总支书记']]]],
    ['彝族同胞曾明俊作了发言。', [['曾明俊', []]]],
    ['台湾同胞林文杰说，很高兴来到这里。', [['林文杰', []]]],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected)
  })

  it.each([
    ['各族同胞齐心协力，共建美好家园。'],
    ['港澳同胞和台湾同胞欢聚一堂。'],
    ['彝族同胞欢度彝历新年。'],
  ])('no person in %s', (text) => {
    expect(persons(text)).toEqual([])
  })
})
