import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)

// Bodies of issue #14, fifth round: hand-checked expected values by the rules of test/fixtures/gold/GUIDE.md
// and test/fixtures/dev-pages/README.md.

describe('bodies: visitors from the province of the page’s county name its 省', () => {
  it('四川省…率队到我县 on a page of 泸县: 省政协 is 四川省政协', () => {
    const text = '4月11日，四川省人民政府参事室主任、省政协常委蔡竞率队到我县开展文化调研活动，县政协副主席尹朝勇陪同。调研组指出，泸县要深度发掘文化旅游资源。'
    expect(body(text, '四川省政协')).toMatchObject({ kind: 'cppcc', region: '四川省' })
    expect(body(text, '泸县政协')).toMatchObject({ kind: 'cppcc', region: '泸县' })
  })

  it('visitors from another province stay no region of the page’s own 省', () => {
    const text = '4月11日，湖北省人民政府参事室主任蔡竞率队到我县开展文化调研活动，省政协委员尹朝勇陪同。调研组指出，泸县要深度发掘文化旅游资源。'
    expect(names(text)).not.toContain('湖北省政协')
  })
})

describe('bodies: a government’s counsellors’ office and institute of culture and history are bodies of their own', () => {
  it.each([
    ['四川省人民政府参事室党组书记蔡竞出席。', '四川省人民政府参事室'],
    ['安徽省政府参事室副主任朱新中出席。', '安徽省政府参事室'],
    ['四川省政府文史研究馆馆长何天谷出席。', '四川省政府文史研究馆'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'government' })
    // The government itself is not named apart.
    expect(names(text).filter((n) => n.endsWith('政府'))).toEqual([])
  })
})

describe('bodies: 党委政府 after a region word is that region’s committee and government (dev-pages README, round 11)', () => {
  it.each([
    ['窑口镇政协委员工作室取得的成绩与镇党委政府重视支持分不开。', ['窑口镇党委', '窑口镇政府']],
    ['希望新安镇党委政府有立足长远的规划。', ['新安镇党委', '新安镇政府']],
  ])('%s → %j', (text, want) => {
    expect(names(text)).toEqual(expect.arrayContaining(want))
  })

  it('a list of the two still names both (镇党委、镇政府)', () => {
    const ns = names('窑口镇党委、镇政府高度重视。')
    expect(ns).toContain('窑口镇党委')
    expect(ns).toContain('窑口镇政府')
  })
})

describe('bodies: 总商会 is the federation of industry and commerce under its second name', () => {
  it('山西省工商联主席、总商会会长 → one body, 山西省工商联', () => {
    const ns = names('山西省工商联主席、总商会会长景普秋出席座谈。')
    expect(ns).toContain('山西省工商联')
    expect(ns).not.toContain('山西省总商会')
  })
})

describe('bodies: a health centre named from its township written short', () => {
  it.each([
    ['考察了晋中市榆次区乌金山中心卫生院、平遥县中医院。', '乌金山中心卫生院', '乌金山镇'],
    ['考察了运城市万荣县贾村卫生院，通过交流了解情况。', '贾村卫生院', '贾村乡'],
    ['考察了城关镇卫生院。', '城关镇卫生院', '城关镇'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'other', region })
    // The county written before the township is no part of the name.
    expect(names(text).filter((n) => n.includes('县') && n.endsWith('卫生院'))).toEqual([])
  })

  it('no health centre from a phrase that names no place (全县中心卫生院)', () => {
    expect(names('全县中心卫生院开展义诊。').filter((n) => n.endsWith('卫生院'))).toEqual([])
  })

  it('a street office written with its place in full and short is one body, named first', () => {
    const cs = committees('新沟镇街道办事处主任曾远华汇报。新沟镇街办事处副主任崔新平出席。')
    expect(cs.filter((c) => c.name.endsWith('办事处')).map((c) => c.name)).toEqual(['新沟镇街道办事处'])
  })
})

describe('bodies: chambers counted by their regions are a meeting of many, not one chamber', () => {
  it('华东六省一市湖南商会联席会议 names no chamber; 浙江省湖南商会 is one', () => {
    const ns = names('华东六省一市湖南商会联席会议在厦门召开。浙江省湖南商会会长黄勇参加会议。')
    expect(ns).not.toContain('湖南商会')
    expect(ns).toContain('浙江省湖南商会')
  })

  it.each(['全国81个湖北商会参加。', '三省一市湖北商会代表参加。'])('%s', (text) => {
    expect(names(text)).not.toContain('湖北商会')
  })
})

describe('bodies: a democratic party’s grassroots committee written 基层委', () => {
  it('民盟绩溪县基层委 is the party’s body of 绩溪县, not 绩溪县民盟', () => {
    const cs = committees('县政协副主席、民盟绩溪县基层委主委柯宁宁出席。')
    expect(cs.find((c) => c.name === '民盟绩溪县基层委')).toMatchObject({ kind: 'democratic-party', region: '绩溪县' })
    expect(cs.map((c) => c.name)).not.toContain('绩溪县民盟')
  })

  it('its full form is the same kind of body (民革绩溪县基层委员会)', () => {
    expect(body('民革绩溪县基层委员会主委出席。', '民革绩溪县基层委员会')).toMatchObject({ kind: 'democratic-party' })
  })
})

describe('bodies: a generic word before a township’s word names no local body', () => {
  it.each(['县委统战部副部长、有关乡镇党委负责同志参加。', '各乡镇卫生院参加培训。'])('%s', (text) => {
    expect(names(text).filter((n) => n.endsWith('党委') || n.endsWith('卫生院'))).toEqual([])
  })

  it('a named township’s body still is one (城关镇党委)', () => {
    expect(names('城关镇党委书记出席。')).toContain('城关镇党委')
  })
})

describe('bodies: a website named after a body is no mention of it', () => {
  it.each(['来源:临澧政府网 作者:胡丹', '信息来源:桃源县政府网 - 今天下午', '来源：长春市政协网站。', '发布时间:2024-07-22 编辑:湖南政协新闻网', '来源：江西政协新闻网 2023年5月'])('%s', (text) => {
    expect(names(text)).toEqual([])
  })

  it('the body written in a sentence still is one (临澧县政府网格化管理)', () => {
    expect(names('临澧县政府网格化管理工作会议召开。')).toContain('临澧县政府')
  })
})

describe('bodies: a zone after 和 + a relative word is the region’s zone', () => {
  it.each([
    '唐河县政协召开会议，各乡镇和县高新区管委会负责人参加。',
    '唐河县政协召开会议。城郊乡和县高新区管委会负责人参加。',
  ])('%s → 唐河县高新区管委会', (text) => {
    expect(body(text, '唐河县高新区管委会')).toMatchObject({ kind: 'government', region: '唐河县' })
    expect(names(text).filter((n) => n.includes('和县'))).toEqual([])
  })

  it('和县 in its own province still is the county (安徽省和县高新区管委会)', () => {
    expect(names('安徽省和县高新区管委会负责人参加。')).not.toContain('唐河县高新区管委会')
    expect(names('安徽省和县高新区管委会负责人参加。').filter((n) => n.endsWith('管委会'))).toHaveLength(1)
  })
})

describe('bodies: a county’s senior high school written in full and short', () => {
  it('固始县第一高级中学 is a body; 县一高中 later is the same one', () => {
    const cs = committees('固始县第一高级中学校长张三出席。县一高中，学生参加。')
    expect(cs.filter((c) => c.name.includes('高')).map((c) => c.name)).toEqual(['固始县第一高级中学'])
  })

  it('no school from 一高 alone (市一高速公路)', () => {
    expect(names('长春市政协视察市一高速公路。').filter((n) => n.includes('一高'))).toEqual([])
  })
})
