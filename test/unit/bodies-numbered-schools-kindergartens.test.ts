import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.kind, c.region])

// Hand-checked (dev 1293 市第五完全小学, dev 1047 市第二幼儿园; the schools a county or city names after itself, as 县第七小学
// and 市第二实验小学 are: data/bodies.tsv). Truth by GUIDE.md (public institutions named in full are bodies, kind other) and the
// dev-pages README (县一中 → 平和县一中: the region's full name put in after a relative word).
describe('bodies: numbered full primary schools, junior middle schools and kindergartens of a county or city', () => {
  it.each<[string, Array<[string, string, string | null]>]>([
    ['5月31日,临湘市政协主席彭海云带队前往市第五完全小学、市第六完全小学,督导食品安全工作。', [
      ['临湘市政协', 'cppcc', '临湘市'], ['临湘市第五完全小学', 'other', '临湘市'], ['临湘市第六完全小学', 'other', '临湘市']]],
    ['镇宁县政协视察县第一初级中学和县第二幼儿园。', [
      ['镇宁布依族苗族自治县政协', 'cppcc', '镇宁布依族苗族自治县'], ['镇宁布依族苗族自治县第一初级中学', 'other', '镇宁布依族苗族自治县'],
      ['镇宁布依族苗族自治县第二幼儿园', 'other', '镇宁布依族苗族自治县']]],
    ['德保县政协委员视察县幼儿园、县机关幼儿园新园区建设。', [
      ['德保县政协', 'cppcc', '德保县'], ['德保县幼儿园', 'other', '德保县'], ['德保县机关幼儿园', 'other', '德保县']]],
    ['思明区政协视察厦门市第二幼儿园。', [['思明区政协', 'cppcc', '思明区'], ['厦门市第二幼儿园', 'other', '厦门市']]],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })

  // Controls: kindergartens of several places or of no region are no body (全县, 乡镇, 民办, a bare 幼儿园 in a list).
  it.each([
    '县政协调研乡镇幼儿园和民办幼儿园建设情况。',
    '德保县政协调研,县教育局、幼儿园负责人参加。',
    '德保县政协视察各幼儿园安全工作。',
    // …nor the class of a county's kindergartens, a word of its measure or building after it (入园率, 数量, 建设:
    // data/adjoined-class-words.txt; review of round 29, point 4), after a relative word (我县, 该县) or 县 alone.
    '我县幼儿园入园率达到95%。',
    '该县幼儿园数量不足。',
    '县政协建议加快县幼儿园建设。',
    '我县幼儿园毛入园率逐年提高。',
  ])('no kindergarten: %s', (text) => {
    expect(bodies(text).filter(([n]) => String(n).includes('幼儿园'))).toEqual([])
  })

  // Known and older than these rows: the phrase of a school named from its place runs over the verb (德保县政协调研全县幼儿园
  // is read as one school's name, as on the build before them).
  it.fails('no kindergarten after 全县 behind a body and a verb', () => {
    expect(bodies('德保县政协调研全县幼儿园建设情况。').filter(([n]) => String(n).includes('幼儿园'))).toEqual([])
  })
})
