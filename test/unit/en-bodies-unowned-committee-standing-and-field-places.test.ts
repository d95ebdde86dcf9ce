import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Three forms of local united-front news in English (README, Committees: party committees and their departments, kind
// party; the CPPCC acronym as a body; government offices named as written, region the division):
// - "member of the Standing Committee of the Zhaoqing Municipal Committee" (市委常委): a committee of no owner is the
//   region's party committee after "Standing Committee of", as after "Secretary of" — not on a page that writes a
//   CPPCC committee of that place, whose Standing Committee the words may be;
// - "Vice Chairman of the CPPCC Wang Yan": the acronym is a body also where a person's name follows it (the title
//   written before its holder), not where another capitalised word does (the CPPCC Daily);
// - "Taiwan Affairs Office of Tianhe District", "Overseas Chinese and Taiwan Affairs Office": a place right before
//   "Affairs" or "Work Office" names the office's field, not its region (台办, 侨台办), and "Chinese" after "Overseas"
//   is the people served, not the nation.
// Seen on en dev 676 (Zhaoqing UFWD), 406 (Lushunkou), 674 (Huangpu TAO), 672 (Ya'an); sentences written by hand,
// truth worked out by hand.
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('a committee of no owner after "Standing Committee of"', () => {
  it.each([
    ['Wu Ding, member of the Standing Committee of the Zhaoqing Municipal Committee and Minister of the United Front Work Department, visited the firm.',
      [['Zhaoqing Municipal Committee', 'party', '肇庆市'], ['United Front Work Department', 'party', '肇庆市']],
      [['Wu Ding', ['member', 'minister'], 'Zhaoqing Municipal Committee', false]]],
    ['Li Ming, member of the Standing Committee of the Jiangxi Provincial Committee, spoke.',
      [['Jiangxi Provincial Committee', 'party', '江西省']], [['Li Ming', ['member'], 'Jiangxi Provincial Committee', false]]],
  ])('%s', (text, bodies, people) => {
    expect(committees(text)).toEqual(bodies)
    expect(persons(text)).toEqual(people)
  })
  // Controls: no "Standing Committee of" before it; a page writing the place's CPPCC committee; the CPPCC written after it.
  it.each([
    ['The Zhaoqing Municipal Committee held a meeting.', []],
    ['The CPPCC Zhoushan Municipal Committee held its session. Li Ming, member of the Standing Committee of the Zhoushan Municipal Committee, spoke.',
      [['CPPCC Zhoushan Municipal Committee', 'cppcc', '舟山市']]],
    ['Li Ming, member of the Standing Committee of the Shanghai Municipal Committee of the CPPCC, spoke.',
      [['Shanghai Municipal Committee of the CPPCC', 'cppcc', '上海市']]],
    // An owner of other words after it (团市委常委): not the party's (review of round 30).
    ['Li Ming, member of the Standing Committee of the Hangzhou Municipal Committee of the Communist Youth League, spoke.', []],
  ])('%s', (text, bodies) => expect(committees(text)).toEqual(bodies))
})

describe('the CPPCC acronym before a title holder\'s name', () => {
  it.each([
    ['Vice Chairman of the CPPCC Li Ming attended the meeting.', [['Li Ming', ['vice chairman'], 'CPPCC', true]]],
  ])('%s', (text, people) => expect(persons(text)).toEqual(people))
  // Controls: a capitalised word after the acronym that opens no name (a newspaper, an office).
  it.each([
    ['The CPPCC Daily reported the meeting.', []],
    ['Li Ming visited the CPPCC Office on Monday.', []],
  ])('%s', (text, bodies) => expect(committees(text)).toEqual(bodies))
})

describe('a place that names an office\'s field', () => {
  it.each([
    ['Li Ming, director of the Taiwan Affairs Office of Tianhe District, attended.', [['Taiwan Affairs Office of Tianhe District', 'government', '天河区']]],
    ['Wang Hua, director of the Taiwan Work Office of the Fujian Provincial Party Committee, attended.', [['Taiwan Work Office of the Fujian Provincial Party Committee', 'party', '福建省']]],
    ['Li Ming, director of the Overseas Chinese and Taiwan Affairs Office, attended.', []],
    // "X Municipality" read as "X District" is (review of round 30): a prefecture-level city so written.
    ['The delegation visited the Taiwan Affairs Office of Xiamen Municipality and the Hong Kong and Macao Affairs Office.',
      [['Taiwan Affairs Office of Xiamen Municipality', 'government', '厦门市']]],
  ])('%s', (text, bodies) => expect(committees(text)).toEqual(bodies))
  // Controls: the region written before the field (Xiamen Taiwan Affairs Office), a Taiwan body of another head, a national body.
  it.each([
    ['Li Ming, director of the Xiamen Taiwan Affairs Office, attended.', [['Xiamen Taiwan Affairs Office', 'government', '厦门市']]],
    // Only a field place (Taiwan, Hong Kong, Macao: data/outside-regions.txt) before "Affairs" is the office's field;
    // another is its region (杭州市驻京办; review of round 30).
    ['The Hangzhou Affairs Office in Beijing hosted the delegation.', [['Hangzhou Affairs Office', 'government', '杭州市']]],
    ['The Taiwan Federation of Industry sent a delegation.', [['Taiwan Federation of Industry', 'mass-organisation', '台湾省']]],
    ['Li Ming, president of the Chinese Academy of Sciences, attended.', [['Chinese Academy of Sciences', 'other', '全国']]],
  ])('%s', (text, bodies) => expect(committees(text)).toEqual(bodies))
})
