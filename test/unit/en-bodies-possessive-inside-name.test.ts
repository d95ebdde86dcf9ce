import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * The possessive of persons that an institution's name holds (People's, Women's, Children's: data/en-body-words.tsv,
 * possessive) does not end a name of capitalised words: Wuxi People's Hospital (en dev 541), Beijing Radiant Children's
 * Eye Hospital (en dev 570) are hospitals named in full (README: public institutions stay), region the city written in
 * them. Controls: any other possessive still ends the name before it (Fudan University's Children's Hospital: the
 * university), and a possessive of persons in a sentence names no body (the people's livelihood).
 */
const bodies = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('a possessive of persons inside a name', () => {
  it.each([
    ["Chen Jingyu, deputy head of the Wuxi People's Hospital in Jiangsu Province, spoke.", [["Wuxi People's Hospital", 'other', '无锡市']]],
    ["Feng Danli, the chairwoman of Beijing Radiant Children's Eye Hospital, said so.", [["Beijing Radiant Children's Eye Hospital", 'other', '北京市']]],
    ['She is a doctor at the Shanghai Children’s Hospital.', [['Shanghai Children’s Hospital', 'other', '上海市']]],
  ])('%s', (text, want) => expect(bodies(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ["Fudan University's Children's Hospital opened a new ward.", [['Fudan University', 'other', '上海市']]],
    ["Members discussed the people's livelihood and women's rights in Beijing.", []],
  ])('%s', (text, want) => expect(bodies(text)).toEqual(want))
})
