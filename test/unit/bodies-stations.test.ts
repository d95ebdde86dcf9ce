import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)

// Bodies of issue #14, round r3: hand-checked expected values by the rules of test/fixtures/gold/GUIDE.md
// and test/fixtures/dev-pages/README.md.

describe('bodies: a government’s office stationed elsewhere is the body named, not the government', () => {
  it.each([
    ['湖南省人民政府驻上海办事处党组成员陈飚出席。', '湖南省人民政府驻上海办事处', '湖南省'],
    ['安徽省人民政府驻北京办事处主任王五出席。', '安徽省人民政府驻北京办事处', '安徽省'],
    ['成都市人民政府驻京办主任张三介绍情况。', '成都市人民政府驻京办', '成都市'],
    ['甘肃省驻深圳办事处主任李四出席。', '甘肃省驻深圳办事处', '甘肃省'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'government', region })
    expect(names(text).filter((n) => n.endsWith('政府'))).toEqual([])
  })

  it.each([
    // 驻村 + 工作队: no office word.
    ['县政府驻村工作队队员到村走访。', '县政府'],
    // 驻外 + 办事机构: the office word does not end a word.
    ['省政府驻外办事机构负责人参加。', '省政府'],
  ])('%s: only %s', (text, name) => {
    expect(names(text)).toEqual([name])
  })
})

describe('bodies: 和 inside a special committee’s name joins no list', () => {
  it('文史和学习委员会 written after 全国政协 in another sentence is no 学习委员会 of it', () => {
    const text = '全国政协经济委员会举办金融沙龙，全国政协委员参加。全国政协提供文史和学习委员会专题调研团在石屏县调研。'
    expect(names(text)).not.toContain('全国政协学习委员会')
    expect(names(text)).toContain('全国政协经济委员会')
  })

  it('a special committee after a body and 和 is still listed with it', () => {
    const text = '市政协提案委员会和经济委员会负责同志参加调研。'
    expect(names(text)).toEqual(expect.arrayContaining(['市政协提案委员会', '市政协经济委员会']))
  })
})

describe('bodies: a democratic party’s branch named by the institution it sits in', () => {
  it.each([
    ['九三学社上海社会科学院支社主委任一鸣主持会议。', '九三学社上海社会科学院支社', '上海市'],
    ['民进北京师范大学总支开展主题活动。', '民进北京师范大学总支', '北京市'],
    ['民盟复旦大学委员会召开全体会议。', '民盟复旦大学委员会', null],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'democratic-party', region })
  })

  it('a sector branch after it still belongs to the party’s district committee', () => {
    const text = '九三学社宝山区第四支社联合九三学社上海社会科学院支社开展活动。下午，第四支社召开组织生活会。'
    expect(names(text)).not.toContain('上海市第四支社')
    expect(names(text)).toEqual(expect.arrayContaining(['九三学社宝山区第四支社', '九三学社上海社会科学院支社']))
  })

  it('a party named without an organ after the institution is no branch', () => {
    expect(names('民盟盟员在复旦大学开展调研。').filter((n) => n.startsWith('民盟'))).toEqual([])
  })
})

describe('relative bodies: a place after a title and a verb is no item of a list with the one before', () => {
  it('源汇区政协…一行来甘州区考察。区政协副主席 → 甘州区政协', () => {
    const text = '7月3日，河南省漯河市源汇区政协党组书记、主席董晓凤一行来甘州区考察循环经济园区发展。区政协党组成员、副主席纪向军陪同考察。'
    expect(body(text, '甘州区政协')).toMatchObject({ kind: 'cppcc', region: '甘州区' })
    expect(names(text)).not.toContain('区政协')
  })

  it('two districts listed with 和 still leave 区住建委 without a region', () => {
    const text = '调研组深入河北区鸿顺里街律笛里社区和津南区海棠街文德花园社区，与区住建委座谈。'
    expect(names(text)).toContain('区住建委')
  })
})

describe('bodies: a zone’s party working committee, as its administrative committee', () => {
  it.each([
    ['桐城经开区党工委书记王五出席。', '桐城经开区党工委'],
    ['双新经济开发区党工委副书记李四陪同。', '双新经济开发区党工委'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'party' })
  })

  it('a street’s party working committee is still named from its street', () => {
    expect(body('龙眠街道党工委书记张三主持会议。', '龙眠街道党工委')).toMatchObject({ kind: 'party' })
  })

  it('a generic phrase before 党工委 names no zone’s committee', () => {
    expect(names('有关单位党工委负责人参加。')).toEqual([])
  })
})

describe('bodies: a list of a CPPCC committee’s special committees', () => {
  it('a name that is also a government commission is the committee’s in the list', () => {
    const text = '桐城市政协文史委、教科卫体委、农业农村委负责人参加。'
    expect(body(text, '桐城市政协农业农村委')).toMatchObject({ kind: 'cppcc-special', region: '桐城市' })
    expect(names(text)).not.toContain('桐城市农业农村委')
  })

  it('every item after one found in the list, where the city is never written', () => {
    const text = '市政协提案委员会、农业农村委员会、经济委员会负责人参加。'
    expect(names(text)).toEqual(['市政协提案委员会', '市政协农业农村委员会', '市政协经济委员会'])
  })

  it('a government commission after the CPPCC committee itself stays the government’s', () => {
    const text = '县政协、县农业农村委、县财政局负责人参加。'
    expect(body(text, '县农业农村委')).toMatchObject({ kind: 'government' })
  })
})

describe('bodies: a village’s body written with its word alone, after the village was named', () => {
  it.each([
    ['委员们来到查济村，村党支部书记李四介绍了情况。', '查济村党支部', 'party'],
    ['在张家湾村调研，与村委会干部座谈。', '张家湾村村委会', 'government'],
    ['委员们来到东关村，村委会主任张三介绍了情况。', '东关村村委会', 'government'],
    // A head word the segmenter cuts in two (居民 + 委员会), named from its own community.
    ['九三学社支社与兴宁区朝阳街道华东社区居民委员会举行共建签约仪式。', '华东社区居民委员会', 'government'],
    ['委员们来到东关村村民委员会调研。', '东关村村民委员会', 'government'],
  ])('%s → %s', (text, name, kind) => {
    expect(body(text, name)).toMatchObject({ kind })
  })

  it.each([
    // 各村 and 相关村: every village, no one.
    '在张家湾村调研，各村党支部书记参加。',
    '在张家湾村调研，与相关村委会座谈。',
    // A generic word alone before the place word names every community, not one.
    '委员们与有关社区居委会座谈。',
    '委员们与有关社区居民委员会座谈。',
    // No village named before.
    '推进农村改革，村党支部书记发挥作用。',
    // A township's committee and government (镇党委政府: dev-pages README, round 11) are no village body.
    '希望新安镇党委政府有立足长远的规划。',
  ])('%s: no village body', (text) => {
    expect(names(text).filter((n) => n.includes('村'))).toEqual([])
  })

  it('a village name the segmenter cannot read is no reason to take an earlier village', () => {
    const text = '到军响村调研，走访慰问区政协委员、爨底下村党支部书记、村委会主任韩跃。'
    expect(names(text)).not.toContain('军响村党支部')
    expect(names(text)).not.toContain('军响村村委会')
  })
})

describe('bodies: a bureau’s branch named by its place or area right after the bureau', () => {
  it.each([
    // Named by a division inside the bureau's region, the branch serves it (gold: 洛阳市生态环境局新安分局 → 新安县; round 17).
    ['安庆市生态环境局桐城分局局长张三参加。', '安庆市生态环境局桐城分局', '桐城市'],
    ['桐城市自然资源和规划局双港分局负责人参加。', '桐城市自然资源和规划局双港分局', '桐城市'],
    ['县公安局城关派出所负责人参加。', '县公安局城关派出所', null],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'government', region })
  })

  it.each([
    ['县公安局局长张三参加。', '县公安局'],
    ['县公安局分局长李四参加。', '县公安局'],
  ])('%s: only %s', (text, name) => {
    expect(names(text)).toEqual([name])
  })
})

describe('bodies: a CPPCC session written with its region and term, without 委员会', () => {
  it.each([
    ['政协霍山县十届一次会议期间，委员提交提案118件。', '霍山县政协', '霍山县'],
    ['政协甘肃省十一届一次会议在兰州开幕。', '甘肃省政协', '甘肃省'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'cppcc', region })
  })

  it('the session of a 政协 whose region is not written names no region’s committee', () => {
    expect(names('出席政协十二届四次会议的委员陆续报到。')).toEqual([])
  })
})

describe('bodies: 和县 at the head of a zone’s name is the county, not a conjunction', () => {
  it('和县高新区管委会 at the start: the mention is the whole name', () => {
    const text = '和县高新区管委会主任张三参加。'
    const c = body(text, '和县高新区管委会')
    expect(c).toMatchObject({ kind: 'government', region: '和县' })
    expect(c!.mentions.map((m) => m.text)).toEqual(['和县高新区管委会'])
  })

  it('a zone after a chain of places lies in the innermost (马鞍山市 + 和县 + 高新区)', () => {
    expect(body('马鞍山市和县高新区党工委书记李四出席。', '马鞍山市和县高新区党工委')).toMatchObject({ kind: 'party', region: '和县' })
  })

  it('各乡镇和县高新区: 和 joins the townships and the county’s zone', () => {
    const text = '各乡镇和县高新区管委会负责人参加。'
    expect(committees(text).map((c) => c.mentions.map((m) => m.text))).toEqual([['县高新区管委会']])
  })
})

describe('bodies: no village is read from a word that only begins with its 村', () => {
  it('到村里调研。村党支部书记 names no village', () => {
    const text = '中山市政协副主席林小红到村里调研。村党支部书记、村委会主任黄大明介绍情况。'
    expect(names(text).filter((n) => n.includes('村'))).toEqual([])
  })
})
