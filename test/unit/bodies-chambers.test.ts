import { describe, expect, it } from 'vitest'
import { analyzer, foundBodies } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)
// Bodies found, listed or not (enterprises are found but not listed: test/unit/bodies-conventions.test.ts).
const foundNames = (text: string) => foundBodies(text).map((c) => c.name)
const found = (text: string, name: string) => foundBodies(text).find((c) => c.name === name)

// Chambers of commerce and associations named by their seat and origin, the offices of a county's
// campaigns, its schools written short, street offices and zone committees (issue #14). Expected values
// written by hand from GUIDE.md: the region of a chamber is the place of its seat, the first one written.
const HOME = '浙江省淳安县政协召开常委会议。'

describe('bodies: chambers of commerce and associations named by seat and origin', () => {
  it.each([
    ['浙江省湖南商会会长黄勇参加会议。', '浙江省湖南商会', '浙江省'],
    ['福建省湖南商会会长周华松致辞。', '福建省湖南商会', '福建省'],
    ['上海市浙江商会会长王均金出席。', '上海市浙江商会', '上海市'],
    ['长沙市益阳商会会长出席。', '长沙市益阳商会', '长沙市'],
    // The members' origin is no seat, also where of a lower level: the region is the seat written first.
    ['上海市浙江温州商会会长李丐腾发言。', '上海市浙江温州商会', '上海市'],
    ['奉贤区南桥镇商会会长发言。', '奉贤区南桥镇商会', '南桥镇'],
    ['北京湖南企业商会会长李卫国主持。', '北京湖南企业商会', '北京市'],
    ['上海市新沪商联合会会长严健军发言。', '上海市新沪商联合会', '上海市'],
    ['杭州市餐饮行业协会组织企业参展。', '杭州市餐饮行业协会', '杭州市'],
    ['杭州市律师协会组织律师开展义务咨询。', '杭州市律师协会', '杭州市'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'mass-organisation', region })
  })

  it.each([
    // A generic word is the whole name after the place: no body.
    ['上海市基层商会建设不断加强。', '上海市基层商会'],
    ['杭州市行业协会发展迅速。', '杭州市行业协会'],
    // A count of chambers named by their members' origin: a kind of chamber, not one.
    ['全国81个湖北商会会长出席论坛。', '湖北商会'],
    ['在国外成立了10余个湖北商会。', '湖北商会'],
    // An association abroad, named after its members' origin.
    ['法国海外省圭亚那江浙沪华侨华人联合会荣誉主席郭胜华发言。', '江浙沪华侨华人联合会'],
  ])('%s names no %s', (text, name) => {
    expect(names(text).some((n) => n.endsWith(name))).toBe(false)
  })
})

describe('bodies: a county\'s campaign offices, command posts and schools written short', () => {
  it.each([
    [`${HOME}县创建办、县五城联创办负责人参加。`, ['淳安县创建办', '淳安县五城联创办'], 'government'],
    [`${HOME}县重点项目建设指挥部负责人汇报。`, ['淳安县重点项目建设指挥部'], 'government'],
    [`${HOME}委员们前往县社会管理信息平台指挥中心，实地了解情况。`, ['淳安县社会管理信息平台指挥中心'], 'government'],
    [`${HOME}委员视察了县一中和县第二中学。`, ['淳安县一中', '淳安县第二中学'], 'other'],
  ])('%s', (text, expected, kind) => {
    for (const n of expected) expect(body(text, n)).toMatchObject({ kind, region: '淳安县' })
  })

  it('区五创办 and 区五城联创办 are one body, named by the form written first', () => {
    const ns = names('湖北省十堰市张湾区政协视察。区五城联创办、区住建局参加，区五创办负责人表示')
    expect(ns).toContain('张湾区五城联创办')
    expect(ns).not.toContain('张湾区五创办')
  })

  it.each([
    `${HOME}他曾在一中读书。`,
    `${HOME}前线指挥部设在山下。`,
    `${HOME}委员们参观了指挥中心。`,
  ])('%s names no school or command post', (text) => {
    expect(names(text)).toEqual(['淳安县政协'])
  })
})

describe('bodies: street offices and zone committees', () => {
  it.each([
    [`${HOME}委员们走访了城南街道办。`, '城南街道办', 'government'],
    [`${HOME}城南街道办事处主任介绍情况。`, '城南街道办事处', 'government'],
    ['济南市济阳区政协考察。起步区管委会办公室副主任贾振中陪同。', '起步区管委会', 'government'],
  ])('%s → %s', (text, name, kind) => {
    expect(body(text, name)).toMatchObject({ kind })
  })

  it('a zone after a relative word is that region\'s: 县 + 高新区管委会', () => {
    expect(body('河南省唐河县政协召开会议。委员视察了县高新区管委会。', '唐河县高新区管委会')).toMatchObject({ kind: 'government', region: '唐河县' })
    // A zone named by its own place keeps it as written.
    expect(body('浙江省台州市政协开会。台州湾新区管委会主任参加。', '台州湾新区管委会')).toMatchObject({ kind: 'government' })
  })

  it('街道办 with no street before it names no body', () => {
    expect(names(`${HOME}委员们走访了街道办。`)).toEqual(['淳安县政协'])
  })
})

describe('bodies: firms written in full', () => {
  it.each([
    ['考察团先后到广东新兴铸管有限公司进行了实地考察。', '广东新兴铸管有限公司'],
    ['委员走访了宁波市江北区蓝天科技有限公司。', '宁波市江北区蓝天科技有限公司'],
    ['考察团先后到阳春新钢铁有限责任公司进行了实地考察。', '阳春新钢铁有限责任公司'],
  ])('%s → %s', (text, name) => {
    expect(found(text, name)).toMatchObject({ kind: 'other' })
  })

  it('a province in a firm\'s name is no region: the firm is of the city the report is about', () => {
    expect(found('浙江省龙港市政协主席陪同考察。深入浙江晴耕雨读实业有限公司等企业了解情况。', '浙江晴耕雨读实业有限公司')).toMatchObject({ region: '龙港市' })
    // A firm named from its city keeps that city.
    expect(found('委员走访了宁波市江北区蓝天科技有限公司。', '宁波市江北区蓝天科技有限公司')).toMatchObject({ region: '宁波市' })
  })

  it('a firm in a village begins after the village: 复兴村 + 城鑫食品有限公司', () => {
    expect(foundNames('调研组先后前往馆前镇复兴村城鑫食品有限公司等地调研。')).toContain('城鑫食品有限公司')
  })

  it.each(['走访了一家大型有限公司。', '参观了新的科技有限公司。'])('%s names no firm', (text) => {
    expect(foundNames(text)).toEqual([])
  })
})

describe('bodies: a firm named by its brand and 集团', () => {
  it('金马工业集团 is a body, 企业集团 alone none', () => {
    expect(found('山东省日照市政协主席陪同。在金马工业集团，了解企业产品研发。', '金马工业集团')).toMatchObject({ kind: 'other' })
    expect(foundNames('山东省日照市政协主席陪同。走访了多家企业集团。').some((n) => n.endsWith('集团'))).toBe(false)
  })
})
