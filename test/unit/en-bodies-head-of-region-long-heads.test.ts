import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A body named before "of" and its region ("vice-chairman of the Federation of Industry and Commerce of Guangdong
 * Province", "the General Chamber of Commerce of Chongqing Municipality", en dev 538) is read by its head, the most last
 * words the grammar gives a kind (data/en-body-words.tsv): a head of four or more words (Federation of Industry and
 * Commerce, Federation of Trade Unions, Association for Science and Technology) was not, so no body was found. Its key
 * keeps its organ as after the region (data/en-organ-heads.tsv): two mass organisations of one province are two bodies, and
 * "Women's Federation of Hunan Province" is the Hunan Provincial Women's Federation. Controls: no region, a foreign one.
 */
const bodies = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('a long head before "of" and its region', () => {
  it.each([
    ['Li Ming, vice-chairman of the Federation of Industry and Commerce of Guangdong Province, spoke at the meeting.', [['Federation of Industry and Commerce of Guangdong Province', 'mass-organisation', '广东省']]],
    ['The Association for Science and Technology of Jiangsu Province held its congress.', [['Association for Science and Technology of Jiangsu Province', 'mass-organisation', '江苏省']]],
    ['The Women\'s Federation of Hunan Province and the Federation of Trade Unions of Hunan Province held a forum.', [['Women\'s Federation of Hunan Province', 'mass-organisation', '湖南省'], ['Federation of Trade Unions of Hunan Province', 'mass-organisation', '湖南省']]],
    ['The Hunan Provincial Women\'s Federation, also called the Women\'s Federation of Hunan Province, met.', [['Hunan Provincial Women\'s Federation', 'mass-organisation', '湖南省']]],
    ['Yin, vice-chairman of the General Chamber of Commerce of Chongqing Municipality, spoke.', [['General Chamber of Commerce of Chongqing Municipality', 'mass-organisation', '重庆市']]],
  ])('%s', (text, want) => expect(bodies(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['He spoke to members of the Federation of Industry and Commerce of the city.', []],
    ['The Education Bureau of Shenzhen held a meeting.', [['Education Bureau of Shenzhen', 'government', '深圳市']]],
    ['The People\'s Government of Guangdong Province and the Women\'s Federation of Guangdong Province signed it.', [['People\'s Government of Guangdong Province', 'government', '广东省'], ['Women\'s Federation of Guangdong Province', 'mass-organisation', '广东省']]],
  ])('%s', (text, want) => expect(bodies(text)).toEqual(want))
})
