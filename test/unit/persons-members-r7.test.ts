import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons
const find = (text: string, name: string) => persons(text).find((p) => p.name === name)

// Hand-checked truth (names varied from real pages): a list of names each set out alone on a line with its
// titles on the next line; a name whose last character the segmenter joins with the conjunction after it.
const LINE_LIST = [
  '5月19日，住辽全国政协委员乘坐飞机前往北京。',
  '出席会议名单',
  '杨关华',
  '民盟辽宁省委主委 辽宁省人大常委会副主任',
  '尚 红',
  '民盟辽宁省委副主委 辽宁省医疗保障局副局长',
  '岳泽明',
  '民盟辽宁省委副主委',
  '今年，委员们深入调研、精心准备，围绕职业教育和公共卫生提出建议。',
].join('\n')

describe('persons: titles on the line after a name alone on its line', () => {
  it.each([
    ['杨关华', ['主委', '副主任']],
    ['岳泽明', ['副主委']],
  ])('%s', (name, roles) => {
    const p = find(LINE_LIST, name)
    expect(p).toBeDefined()
    expect(p!.roles).toEqual(roles)
  })

  it('gives a name no titles of the line above it when they are those of the name above them', () => {
    // 岳泽明's own line is below 尚红's titles: 尚红's titles are no part of his.
    const p = find(LINE_LIST, '岳泽明')
    expect(p!.roles).not.toContain('副局长')
  })

  it.each([
    // A title on the line before a name where the line above the title is no name: the title is the name's.
    ['会议由市政协副主席\n王建国主持。', '王建国', ['副主席']],
    // A name alone on its line whose next line is prose: no titles.
    ['张建国\n今年以来市政协委员深入调研。', '张建国', []],
  ])('negative: %s', (text, name, roles) => {
    const p = find(text, name)
    if (roles.length) expect(p?.roles).toEqual(roles)
    else expect(p?.roles ?? []).toEqual([])
  })
})

describe('persons: a given name\'s last character joined with the conjunction after it', () => {
  it.each([
    // 麻占/x 平和/a 秘书长, 殷鲁/x 谦和/a 市委常委, 杨小/x 波及/ns 有关部委.
    ['春临，市政协副主席贾正兰、苗丰、杨志先、麻占平和秘书长白建琴出席。', '麻占平'],
    ['市政协主席殷鲁谦和市委常委、副市长苏华出席。', '殷鲁谦'],
    ['全国政协民族和宗教委员会驻会副主任杨小波及有关部委负责人出席。', '杨小波'],
  ])('%s', (text, name) => {
    const names = persons(text).map((p) => p.name)
    expect(names).toContain(name)
    expect(names).not.toContain(name.slice(0, 2))
  })

  it.each([
    // Two-character names before 和 and another name, or before a pronoun: the conjunction is the sentence's.
    ['会上，王华和李明先后发言。', ['王华', '李明']],
    ['县长王刚和群众交谈。', ['王刚']],
  ])('negative: %s', (text, names) => {
    const got = persons(text).map((p) => p.name)
    for (const n of names) expect(got).toContain(n)
  })
})
