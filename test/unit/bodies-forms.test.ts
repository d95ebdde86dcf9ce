import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)

// Forms of bodies met on pages unlike the first development set (issue #14, second round): hand-checked
// expected values by the rules of test/fixtures/gold/GUIDE.md and test/fixtures/dev-pages/README.md.

describe('bodies: a CPPCC title naming its county through its city is the county’s 政协', () => {
  it.each([
    ['来源：中国人民政治协商会议绵阳市游仙区委员会机关', '游仙区政协', '游仙区'],
    ['政协长春市朝阳区委员会召开常委会议。', '朝阳区政协', '朝阳区'],
    ['中国人民政治协商会议吉林省长春市委员会第三次会议开幕。', '长春市政协', '长春市'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'cppcc', region })
    // The county's 委员会 is no party committee of it.
    expect(committees(text).filter((c) => c.kind === 'party')).toEqual([])
  })
})

describe('bodies: a list of departments after one region, also with a stray comma before each list mark', () => {
  it.each([
    ['上海市静安区政协召开会议，区教育局,、民政局,、文化旅游局、卫生健康委,、体育局负责人出席。',
      ['静安区教育局', '静安区民政局', '静安区文化旅游局', '静安区卫生健康委', '静安区体育局']],
    ['长春市政协召开会议，市教育局、民政局、体育局负责人出席。', ['长春市教育局', '长春市民政局', '长春市体育局']],
  ])('%s', (text, expected) => {
    for (const name of expected) expect(body(text, name)).toMatchObject({ kind: 'government' })
  })

  it('a clause between two bodies still ends the list (民政局 of the next clause has no region)', () => {
    expect(names('长春市教育局出席会议。民政局负责人讲话。')).not.toContain('长春市民政局')
  })
})

describe('bodies: departments listed after a relative body whose region the page never writes', () => {
  it('市政府办、发改委、经信委 → each as written, without a region', () => {
    const cs = committees('会议由市政协主席主持。市政府办、发改委、经信委、科技局、财政局等部门负责同志参加了会议。')
    for (const name of ['市政府办', '发改委', '经信委', '科技局', '财政局']) expect(cs.find((c) => c.name === name)).toMatchObject({ kind: 'government', region: null })
  })

  it.each([
    '市政协主席讲话，发改委负责人参加。', // not in a list
    '市政协主席讲话。会后，发改委负责人参加调研。', // another clause
  ])('no body from a department written alone: %s', (text) => {
    expect(names(text)).not.toContain('发改委')
  })
})

describe('bodies: 委办 is the office of the party committee, not where 办 begins another word', () => {
  it.each([
    ['长春市政协召开会议。市委办、市政府办负责同志参加。', '长春市委办', 'party'],
    ['长春市政协召开会议。县委办公室负责同志参加。', '县委办公室', 'party'],
    ['长春市政协召开会议。区文化旅游局负责同志参加。', '区文化旅游局', 'government'],
    ['长春市政协召开会议。区工商局负责同志参加。', '区工商局', 'government'],
  ])('%s → %s', (text, name, kind) => {
    expect(body(text, name)).toMatchObject({ kind })
  })

  it.each([
    ['长春市政协委员走访县委办公楼。', '县委办'],
    ['此事由长春市委办理。', '长春市委办'],
    ['长春市政府办事大厅开放。', '长春市政府办'],
  ])('%s: no %s', (text, name) => {
    expect(names(text)).not.toContain(name)
  })
})

describe('bodies: a name keeps the brackets the page printed', () => {
  it.each([
    ['江苏省政协港澳台侨(外事)委员会主任刘方', '江苏省政协港澳台侨(外事)委员会'],
    ['江苏省政协港澳台侨（外事）委员会主任刘方', '江苏省政协港澳台侨（外事）委员会'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'cppcc-special', region: '江苏省' })
    // …and a person's org is that same name.
    expect(analyzer.analyze(text).persons.find((p) => p.name === '刘方')?.org).toBe(name)
  })
})

describe('bodies: a verb the dictionary tags as a noun is no part of a chamber’s name', () => {
  it('上海市工商联指导商会 → the 工商联 only', () => {
    const ns = names('调研组听取了上海市工商联指导商会开展活动的汇报。')
    expect(ns).toContain('上海市工商联')
    expect(ns).not.toContain('上海市工商联指导商会')
  })
})

describe('bodies: an office of a CPPCC committee after a relative word is no government body', () => {
  it('株洲县政协办公室 (株洲县 is no division of today) names no 办公室 body', () => {
    const cs = committees('株洲县政协办公室主任黄娟参加会议。')
    expect(cs.filter((c) => c.name.endsWith('办公室'))).toEqual([])
  })
  it('a placed office of no organ is still one: 北京市支援合作办公室', () => {
    expect(names('北京市支援合作办公室负责同志参加。')).toContain('北京市支援合作办公室')
  })
})

describe('bodies: special committees 教育委 and 医卫文体委员会, and laboratories named by a proper name', () => {
  it.each([
    ['上海市静安区政协召开会议，区政协教育委、区政协医卫文体委员会提出提案。', '静安区政协教育委', 'cppcc-special'],
    ['上海市静安区政协召开会议，区政协教育委、区政协医卫文体委员会提出提案。', '静安区政协医卫文体委员会', 'cppcc-special'],
    ['省政协委员、之江实验室副主任袁继新说。', '之江实验室', 'other'],
  ])('%s → %s', (text, name, kind) => {
    expect(body(text, name)).toMatchObject({ kind })
  })
  it.each(['国家重点实验室负责人介绍情况。', '省重点实验室主任发言。'])('no laboratory from a generic word: %s', (text) => {
    expect(committees(text).filter((c) => c.name.endsWith('实验室'))).toEqual([])
  })
})

describe('bodies: 供销联社 and 各界人士联谊会 after a region', () => {
  it.each([
    ['近日，长春市召开会议，市供销联社负责人参加。', '长春市供销联社', 'government'],
    ['近日，长春市召开会议，市各界人士联谊会理事参加。', '长春市各界人士联谊会', 'other'],
  ])('%s → %s', (text, name, kind) => {
    expect(body(text, name)).toMatchObject({ kind, region: '长春市' })
  })
})

describe('bodies: an office written after a CPPCC title is the 政协’s, no body of its own', () => {
  it('政协长春市委员会办公室 → 长春市政协 only', () => {
    expect(names('政协长春市委员会办公室发布通知。')).toEqual(['长春市政协'])
  })
})

describe('bodies: a local body begins at its first place, not at a name joined to a verb before it', () => {
  it('张三到朝阳区南湖街道办事处 → 南湖街道办事处', () => {
    const ns = names('长春市政协副主席张三到朝阳区南湖街道办事处调研。')
    expect(ns).toContain('南湖街道办事处')
    expect(ns.filter((n) => n.includes('张三'))).toEqual([])
  })
  it('a local body named without a place keeps its own name: 城西庄村党支部', () => {
    expect(names('王五来到城西庄村党支部。')).toContain('城西庄村党支部')
  })
})

describe('bodies: an institute named with the national body it belongs to, and heads joined to a title', () => {
  it('国家发改委宏观经济研究院 is one body, not 国家发改委', () => {
    const ns = names('会议邀请了国家发改委宏观经济研究院、中国农业大学的专家学者。')
    expect(ns).toContain('国家发改委宏观经济研究院')
    expect(ns).not.toContain('国家发改委')
  })
  it.each([
    ['市政协委员、长春市中心医院院长张三发言。', '长春市中心医院'],
    ['农安县人民医院副院长李四发言。', '农安县人民医院'],
  ])('%s → %s (医院院长 is one word of the segmenter)', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'other' })
  })
  it('no hospital without its place: 医院院长张三', () => {
    expect(committees('长春市政协委员、医院院长张三发言。').filter((c) => c.name.includes('医院'))).toEqual([])
  })
})

describe('bodies: a democratic party’s committee of an autonomous region written short (宁夏区委)', () => {
  it.each([
    ['九三学社宁夏区委副主委马正红参加调研。', '九三学社宁夏回族自治区委', '宁夏回族自治区'],
    ['民建宁夏区委主委张三出席。', '民建宁夏回族自治区委', '宁夏回族自治区'],
    ['九三学社广西区委召开会议。', '九三学社广西壮族自治区委', '广西壮族自治区'],
    ['民盟广西区委会召开会议。', '民盟广西壮族自治区委会', '广西壮族自治区'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'democratic-party', region })
    // …and no party committee of the region.
    expect(committees(text).filter((c) => c.kind === 'party')).toEqual([])
  })
  it('the Party’s own 宁夏区委 and a province written whole stay as they were', () => {
    expect(body('中共宁夏区委书记出席。', '宁夏回族自治区委')).toMatchObject({ kind: 'party', region: '宁夏回族自治区' })
    expect(names('民建江苏省委主委出席。')).toEqual(['民建江苏省委'])
  })
})

describe('bodies: a relative body after a one-character short form of a city the segmenter joins to it', () => {
  it.each([
    ['市政协组织住汕省政协委员及市政协全体委员视察。'],
    ['市直有关部门，在榆省政协委员，部分市政协委员参加。'],
  ])('%s → 省政协, without a region (the page names no province)', (text) => {
    expect(body(text, '省政协')).toMatchObject({ kind: 'cppcc', region: null })
  })
  it('a dictionary word ending in the relative word is a word of its own (全省, 城市)', () => {
    expect(names('反映社情民意信息工作在全省政协会议上作经验交流。')).toEqual([])
    expect(names('他谈到城市政府的职责。')).not.toContain('市政府')
  })
})
