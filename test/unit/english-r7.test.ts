import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Hand-checked English sentences for the classes behind the misses of English pages 340–349: a count and its share
// set side by side by "or", a count whose noun follows "were", slogans with the closing punctuation inside the
// quotes, bylines in capitals, lower-case standing committees of congresses, discipline inspection commissions,
// hyphened sub-committees, a misnamed CPPCC, and the secretary of a CPPCC committee's Party Leadership Group.
// Truth by GUIDE.md's "English text" and the dev-pages README.
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])
const units = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit])

describe('English counts and shares', () => {
  it.each([
    // "N or P percent of the X": a count and its share; the count counts what the share is of.
    ['The session received 3,668 proposals from 1,936 or 86.47 percent of the members.', [[3668, 'proposal'], [1936, 'member'], [86.47, '%']]],
    // …else what the sentence counts, also after "Of the NOUNs put on record,".
    ['Of the proposals put on record, 1,505 or 43.65 percent concern economic matters, 966 or 28.02 percent concern education.', [[1505, 'proposal'], [43.65, '%'], [966, 'proposal'], [28.02, '%']]],
    // Not apposed: two shares of one unit (67 or 68 percent), a count and a larger number of the same unit.
    ['Turnout was 67 or 68 percent, officials said.', [[67, '%'], [68, '%']]],
    ['They filed 94 and 90 proposals respectively.', [[94, 'proposal'], [90, 'proposal']]],
    // "of which 804 were members' proposals": the noun after "were".
    ['It received 1,674 proposals. After review, 960 cases were handled, of which 804 were members\' proposals, and 156 were collective proposals.', [[1674, 'proposal'], [960, 'case'], [804, 'proposal'], [156, 'proposal']]],
    // …not through a preposition or a participle: "14 were proposed by usual channels" goes on counting proposals.
    ['The CPPCC received 1,674 proposals, of which 1,660 were proposed by the plenary, and 14 were from districts.', [[1674, 'proposal'], [1660, 'proposal'], [14, 'proposal']]],
  ])('%s', (text, want) => {
    expect(units(text)).toEqual(want)
  })
})

describe('English slogans with the closing punctuation inside the quotes', () => {
  it.each([
    ['It received 1,679 proposals focusing on Chongqing\'s "five major developments."', [['1,679 proposals', 1679, 'proposal', null]]],
    ['The proposals focused on the "five major developments," some boosted departmental work.', []],
    // A quotation that is a clause keeps its figures.
    ['"We received nearly 18,000 articles," Dong said.', [['nearly 18,000 articles', 18000, 'article', 'less']]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
})

describe('English bylines in capitals', () => {
  it.each([
    ['Chongqing CPPCC opens\n\nBy RUI HU|Jan 10,2020\n\nThe session opened.', [['Rui Hu', [], null, false]]],
    ['Guangzhou is open\n\nBy ZHENG CAIXIONG in Guangzhou | chinadaily.com.cn | Updated: 2017-01-04\n\nThe adviser spoke.', [['Zheng Caixiong', [], null, false]]],
    ['Members submit proposals\n\nBy XINYI LI|May 29,2020\n\nThe session closed.', [['Xinyi Li', [], null, false]]],
    // Not names: capitals that are no pinyin, "By" inside a sentence, one word.
    ['Report\n\nBy CCTV NEWS|March 3\n\nThe session opened.', []],
    ['The report was written by WANG GANG and others.', []],
    ['Report\n\nBy XINHUA\n\nThe session opened.', []],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

describe('English bodies: lower-case standing committees, discipline commissions, sub-committees, a misnamed CPPCC', () => {
  it.each([
    ["Yu Hongyi, chairperson of the standing committee of the Ningbo city people's congress, attended.", [["standing committee of the Ningbo city people's congress", 'congress', '宁波市']]],
    ["The Ningbo city people's congress met.", [["Ningbo city people's congress", 'congress', '宁波市']]],
    ['Wen Nuan, deputy Party secretary of the Zhejiang Provincial Discipline Inspection Commission, spoke.', [['Zhejiang Provincial Discipline Inspection Commission', 'party', '浙江省']]],
    // Other commissions stay government departments.
    ['The Zhejiang Provincial Development and Reform Commission met.', [['Zhejiang Provincial Development and Reform Commission', 'government', '浙江省']]],
    ["The National Committee of the Chinese People's Political Consultative Conference adopted a report by the Proposals Sub-Committee.", [["National Committee of the Chinese People's Political Consultative Conference", 'cppcc', '全国'], ['Proposals Sub-Committee', 'cppcc-special', '全国']]],
    // A sub-committee of no CPPCC body on the page is none.
    ['The Proposals Sub-Committee met on Monday.', []],
    ["Su Zhijia, chairman of the 12th Guangzhou Committee of the Chinese People's Consultative Conference, spoke.", [["Guangzhou Committee of the Chinese People's Consultative Conference", 'cppcc', '广州市']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})

describe('English secretaries of a CPPCC committee', () => {
  it.each([
    ['Dai Yuan, secretary of the Party Leadership Group of the CPPCC Changzhou Municipal Committee, attended.', [['Dai Yuan', ['secretary'], 'CPPCC Changzhou Municipal Committee', true]]],
    // A secretary of a party committee is no CPPCC office holder.
    ['Wang Xiaohui, Secretary of the CPC Sichuan Provincial Committee, spoke.', [['Wang Xiaohui', ['secretary'], 'CPC Sichuan Provincial Committee', false]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

describe('English counts whose noun follows "were" only where the page counts that noun', () => {
  it.each([
    // "new faces" describes the deputies counted before; it is no unit of its own.
    ['Among the 26 deputies representing Chongqing, 48 are new faces.', [[26, 'deputy'], [48, 'deputy']]],
    ['The CPPCC received 300 proposals, of which 200 were collective proposals.', [[300, 'proposal'], [200, 'proposal']]],
  ])('%s', (text, want) => {
    expect(units(text)).toEqual(want)
  })
})
