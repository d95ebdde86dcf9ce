import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A region's party committee written with the party's acronym after the level word (Hainan Provincial CPC Committee,
// as "Chenzhou Municipal Party Committee" is), and its politics and law committee (政法委), a party body, named as
// written after the region. Seen on test/fixtures/en 469 (Sansha nominations); China Daily writes both forms. Truth by
// the README (party committees and their departments, kind party, region the division): sentences written by hand.
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('party committees written with CPC after the level', () => {
  it.each([
    ['Li Hua was elected a member of the standing committee of the Hainan Provincial CPC Committee.', [['Hainan Provincial CPC Committee', 'party', '海南省']]],
    ['Zhou Bin, secretary of the Guangzhou Municipal CPC Committee, spoke.', [['Guangzhou Municipal CPC Committee', 'party', '广州市']]],
    ['Tian Ming, deputy secretary of the Hainan Provincial Politics and Law Committee, was nominated.', [['Hainan Provincial Politics and Law Committee', 'party', '海南省']]],
    ['Wu Dong heads the Yunnan Provincial Political and Legal Affairs Commission.', [['Yunnan Provincial Political and Legal Affairs Commission', 'party', '云南省']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  // Controls: a committee of no owner after a region is none; the CPC written before the region keeps its own form.
  it.each([
    ['The Hainan Provincial Committee met on Monday.', []],
    ['Zhou Bin, secretary of the CPC Guangzhou Municipal Committee, spoke.', [['CPC Guangzhou Municipal Committee', 'party', '广州市']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})

// Bodies that stand beside the principal body of their kind in a region (data/en-organ-heads.tsv) are bodies of their
// own: a page naming both lists both, a further mention of either (relative or in full) stays with its own.
describe('bodies beside a region\'s principal body of their kind', () => {
  it.each([
    ['Xiao Ming, a member of the standing committee of the Hainan Provincial CPC Committee, was appointed secretary of the Hainan Provincial Politics and Law Committee.', [['Hainan Provincial CPC Committee', 'party', '海南省'], ['Hainan Provincial Politics and Law Committee', 'party', '海南省']]],
    ['Officials of the CPC Zhejiang Provincial Committee and the Zhejiang Provincial Discipline Inspection Commission met.', [['CPC Zhejiang Provincial Committee', 'party', '浙江省'], ['Zhejiang Provincial Discipline Inspection Commission', 'party', '浙江省']]],
    ["Heads of the Hunan Provincial Women's Federation and the Hunan Provincial Federation of Trade Unions spoke.", [["Hunan Provincial Women's Federation", 'mass-organisation', '湖南省'], ['Hunan Provincial Federation of Trade Unions', 'mass-organisation', '湖南省']]],
    ['In Huadu District, the district party committee and the district commission for discipline inspection met.', [['district party committee', 'party', '花都区'], ['district commission for discipline inspection', 'party', '花都区']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  // Controls: two mentions of one body stay one.
  it.each([
    ["The Hunan Provincial Women's Federation held a forum; the provincial women's federation will follow up.", [["Hunan Provincial Women's Federation", 'mass-organisation', '湖南省']]],
    ['The Chenzhou Municipal Party Committee and the CPC Chenzhou Municipal Committee are one body.', [['Chenzhou Municipal Party Committee', 'party', '郴州市']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})
