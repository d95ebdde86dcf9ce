import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A congress's special committee, or a working body of its Standing Committee, written by its field words before "of"
 * and the congress (vice chairman of the Financial and Economic Affairs Committee of the 12th National People's
 * Congress (NPC); vice chairman of Budgetary Affairs Commission of the NPC Standing Committee): a body of kind
 * congress, named as written with its congress and without the term, and the title's org (en dev 529, 530 gold; 512
 * names one in the comma form). Controls: the Standing Committee itself, a CPPCC special committee, and a field word
 * inside a longer capitalised name keep their readings.
 */
const read = (t: string) => {
  const r = analyzer.analyze(t)
  return [r.committees.map((c) => [c.name, c.kind, c.region]), r.persons.map((p) => [p.name, p.org])]
}
const NPC = ['National People\'s Congress', 'congress', '全国']

describe('congress special committee', () => {
  it.each([
    ['Yin Zhongqing, vice chairman of the Financial and Economic Affairs Committee of the 12th National People\'s Congress (NPC), spoke.',
      [[['Financial and Economic Affairs Committee of the National People\'s Congress', 'congress', '全国'], NPC], [['Yin Zhongqing', 'Financial and Economic Affairs Committee of the National People\'s Congress']]]],
    ['Wu Heng, vice chairman of the Education, Science, Culture and Public Health Committee of the NPC, attended.',
      [[['Education, Science, Culture and Public Health Committee of the NPC', 'congress', '全国'], ['NPC', 'congress', '全国']], [['Wu Heng', 'Education, Science, Culture and Public Health Committee of the NPC']]]],
    ['Zheng Gongcheng, member of Internal and Judicial Affairs Committee of the NPC, answered questions.',
      [[['Internal and Judicial Affairs Committee of the NPC', 'congress', '全国'], ['NPC', 'congress', '全国']], [['Zheng Gongcheng', 'Internal and Judicial Affairs Committee of the NPC']]]],
    ['Liu Xiuwen, vice chairman of Budgetary Affairs Commission of the NPC Standing Committee, answered questions.',
      [[['Budgetary Affairs Commission of the NPC Standing Committee', 'congress', '全国'], ['NPC Standing Committee', 'congress', '全国']], [['Liu Xiuwen', 'Budgetary Affairs Commission of the NPC Standing Committee']]]],
  ])('%s', (text, want) => expect(read(text)).toEqual(want))
})

describe('control', () => {
  it.each([
    ['Zhao Leji, chairman of the Standing Committee of the 14th National People\'s Congress, spoke.',
      [[['Standing Committee of the 14th National People\'s Congress', 'congress', '全国']], [['Zhao Leji', 'Standing Committee of the 14th National People\'s Congress']]]],
    // A field word inside a longer capitalised name (Politics and Law Committee) opens no congress committee.
    ['He spoke to the Politics and Law Committee of the Jiangxi Provincial People\'s Congress.', [[['Jiangxi Provincial People\'s Congress', 'congress', '江西省']], []]],
    ['Sun Gan, chairman of the Committee on Proposals of the CPPCC National Committee, spoke.',
      [[['Committee on Proposals of the CPPCC National Committee', 'cppcc-special', '全国'], ['CPPCC National Committee', 'cppcc', '全国']], [['Sun Gan', 'Committee on Proposals of the CPPCC National Committee']]]],
  ])('%s', (text, want) => expect(read(text)).toEqual(want))
})
