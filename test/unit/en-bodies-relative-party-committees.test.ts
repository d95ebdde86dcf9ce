import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A democratic party's (or the CPPCC's, the CPC's) committee written with its level word but no region: "the Provincial
// Committee of the China Democratic League", "the Jiusan Society Provincial Committee", as translated provincial pages
// write 民盟省委, 九三学社省委 (en 488). GUIDE.md: relative mentions are resolved to the body they mean, named as written;
// each party's committee is a body of its own. The party's name may be one of the short forms machine translation gives
// (Democratic League, Democratic National Construction Association, Democratic Revolutionary Committee, Agricultural and
// Workers Party): data/en-bodies.tsv. A bare CPPCC written "Provincial Political Consultative Conference" is the
// province's CPPCC. Every sentence written by hand; truth worked out by the README conventions.
const bodies = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])
const person = (t: string, name: string) => analyzer.analyze(t).persons.find((p) => p.name === name)

describe('English relative committees of parties and of the CPPCC', () => {
  it.each([
    ['Li Wei, chairman of the Provincial Committee of the China Democratic League, spoke at a forum in Harbin, Heilongjiang.',
      [['Provincial Committee of the China Democratic League', 'democratic-party', '黑龙江省']]],
    ['Zhou Bin, chairman of the Jiusan Society Provincial Committee, and Wu Hong, chairman of the Democratic League Provincial Committee, met in Jinan, Shandong Province.',
      [['Jiusan Society Provincial Committee', 'democratic-party', '山东省'], ['Democratic League Provincial Committee', 'democratic-party', '山东省']]],
    ['Sun Tao, vice chairman of the Municipal Committee of the Jiusan Society, visited schools in Wuxi, Jiangsu.',
      [['Municipal Committee of the Jiusan Society', 'democratic-party', '无锡市']]],
    ['At the meeting in Nanning, Guangxi, He Ping, Chairman of the Democratic National Construction Association Regional Committee, spoke.',
      [['Democratic National Construction Association Regional Committee', 'democratic-party', '广西壮族自治区']]],
    ['Ma Li, Chairman of the Provincial Committee of the Democratic Revolutionary Committee, and Gao Jun, Chairman of the Agricultural and Workers Party Provincial Committee, spoke in Changchun, Jilin.',
      [['Provincial Committee of the Democratic Revolutionary Committee', 'democratic-party', '吉林省'], ['Agricultural and Workers Party Provincial Committee', 'democratic-party', '吉林省']]],
    ['Liu Yang, vice chairman of the Provincial Political Consultative Conference, inspected farms in Hefei, Anhui.',
      [['Provincial Political Consultative Conference', 'cppcc', '安徽省']]],
    ['Zhang Tao, Chairman of the Democratic Progressive Provincial Committee, spoke in Hefei, Anhui.',
      [['Democratic Progressive Provincial Committee', 'democratic-party', '安徽省']]],
  ])('%s', (text, want) => {
    expect(bodies(text)).toEqual(want)
  })

  it('gives the person the party committee as org', () => {
    const t = 'Li Wei, chairman of the Provincial Committee of the China Democratic League, spoke at a forum in Harbin, Heilongjiang.'
    expect(person(t, 'Li Wei')).toMatchObject({ roles: ['chairman'], org: 'Provincial Committee of the China Democratic League', cppccMember: false })
  })

  // Controls: a party without a level stays no body; a committee of no owner stays none; a region written keeps its name.
  it.each([
    ['Li Wei, a member of the Democratic League, teaches in Harbin, Heilongjiang.', []],
    ['Members of the Jiusan Society and the China Democratic League spoke in Harbin, Heilongjiang.', []],
    ['The provincial committee met in Harbin, Heilongjiang, on Monday.', []],
    ["Lai is a leader of Taiwan's Democratic Progressive Party; Li Wei lives in Hefei, Anhui.", []],
    ['Li Wei, chairman of the Jiusan Society Heilongjiang Provincial Committee, spoke in Harbin.',
      [['Jiusan Society Heilongjiang Provincial Committee', 'democratic-party', '黑龙江省']]],
  ])('control: %s', (text, want) => {
    expect(bodies(text)).toEqual(want)
  })
})
