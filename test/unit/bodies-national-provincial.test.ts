import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)

// National and provincial bodies (fifth round, pages 328–335: 提案办理, 界别协商, 民主监督, 港澳委员):
// hand-checked expected values by the rules of test/fixtures/gold/GUIDE.md and test/fixtures/dev-pages/README.md.

describe('bodies: provincial departments of before the 2018 reform, in elliptical lists', () => {
  it.each([
    ['山东省政协界别协商。协商部门:省委宣传部,省文化厅、文物局', ['山东省文化厅', '山东省文物局']],
    ['山东省政协界别协商。协商部门:省环保厅、经信委', ['山东省环保厅', '山东省经信委']],
    ['山东省政协界别协商。协商部门:省食药监局、卫计委', ['山东省食药监局', '山东省卫计委']],
    ['山东省政协界别协商。协商部门:省编办,省政府办公厅、法制办', ['山东省政府办公厅', '山东省法制办']],
    ['江西省政协副主席、省环委会副主任卢天锡率队调研。', ['江西省环委会']],
    ['广西壮族自治区海洋局局长蒋和生委员发言。', ['广西壮族自治区海洋局']],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(expect.arrayContaining(want))
    for (const n of want) expect(body(text, n)).toMatchObject({ kind: 'government' })
  })

  it('names no body for a 界别组 or a generic word in such a list', () => {
    const got = names('山东省政协界别协商。牵头界别组:民革组 协商部门:省国资委、金融办。省直有关部门负责同志参加。')
    expect(got).toEqual(['山东省政协', '山东省国资委', '山东省金融办'])
  })
})

describe('bodies: a ministry written whole before 的, and its general office', () => {
  it('reads 国家卫生健康委 before 的 (the segmenter glues 委的)', () => {
    expect(names('来自国家发展改革委、财政部、国家卫生健康委的相关负责人参会。')).toEqual(['国家发展改革委', '财政部', '国家卫生健康委'])
  })

  it.each([
    ['国家发展改革委办公厅有关负责同志介绍办理情况。', '国家发展改革委办公厅'],
    ['教育部办公厅印发通知。', '教育部办公厅'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'government', region: '全国' })
  })

  it.each([
    ['会上，国家网信办有关负责同志介绍情况。', '国家网信办'],
    ['会上，中国银保监会有关负责同志介绍情况。', '中国银保监会'],
    ['会上，国家机关事务管理局有关负责同志介绍情况。', '国家机关事务管理局'],
  ])('national bodies written whole: %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'government', region: '全国' })
  })
})

describe('bodies: a government\'s research offices, a party committee\'s education work committee, academies', () => {
  it.each([
    ['浙江省政协召开会议，省政府研究室有关负责同志参加。', '浙江省政府研究室', 'government'],
    ['浙江省政协召开会议，省政府发展研究中心有关负责同志参加。', '浙江省政府发展研究中心', 'government'],
    ['浙江省政协召开会议，省人民政府国有资产监督管理委员会有关负责同志参加。', '浙江省人民政府国有资产监督管理委员会', 'government'],
    ['浙江省政协召开会议，省委教育工委有关负责同志参加。', '浙江省委教育工委', 'party'],
    ['浙江省政协召开会议，省社科院专家参加。', '浙江省社科院', 'other'],
  ])('%s → %s', (text, name, kind) => {
    expect(body(text, name)).toMatchObject({ kind, region: '浙江省' })
  })

  it('keeps an academy named by its city as written (上海社会科学院, not 上海市社会科学院)', () => {
    expect(names('上海社会科学院研究员出席。')).toEqual(['上海社会科学院'])
  })
})

describe('bodies: a special committee written alone before its officer\'s name and title', () => {
  it('岑靖副秘书长、提案委员会程扬副主任 → the 省政协\'s 提案委员会', () => {
    const text = '广东省政协主席会议督办重点提案办理座谈会在省政协机关召开。岑靖副秘书长、提案委员会程扬副主任出席会议。'
    expect(body(text, '广东省政协提案委员会')).toMatchObject({ kind: 'cppcc-special', region: '广东省' })
    expect(analyzer.analyze(text).persons.find((p) => p.name === '程扬')?.org).toBe('广东省政协提案委员会')
  })

  it.each([
    // Two characters and no title after them: no special committee.
    ['全国政协召开会议。\n经济委员会工作有序推进。'],
    // Another body between: the committee is not the 政协's.
    ['市政协副主席王强出席。市人大常委会副主任赵刚，经济委员会李明主任参加。'],
  ])('finds none in %s', (text) => {
    expect(committees(text).filter((c) => c.kind === 'cppcc-special')).toEqual([])
  })
})

describe('bodies: a democratic party\'s committee written without the party\'s name after one of its committees', () => {
  it('九三学社河南省委专职副主委…，山西省委副主委 → 九三学社山西省委', () => {
    const text = '九三学社河南省委专职副主委陈志民,山西省委副主委、运城市政协副主席阎义勇参加会议。'
    expect(body(text, '九三学社山西省委')).toMatchObject({ kind: 'democratic-party', region: '山西省' })
    expect(names(text)).not.toContain('山西省委')
  })

  it('a party committee with a party title and no democratic party before it in the sentence is no body', () => {
    expect(names('中共山西省委副书记王某出席。山西省委副主委李某参加。')).toEqual(['山西省委'])
  })

  it('keeps the party committee with a party committee\'s title after a democratic party', () => {
    expect(body('民盟河南省委主委张三出席，山西省委书记李四讲话。', '山西省委')).toMatchObject({ kind: 'party', region: '山西省' })
  })
})

describe('bodies: Hong Kong and Macao, and offices of both a party committee and a government', () => {
  it.each([
    ['香港特区政府、澳门特区政府代表团出席。', [['香港特区政府', '香港特别行政区'], ['澳门特区政府', '澳门特别行政区']]],
    ['香港中联办副主任出席。', [['香港中联办', '香港特别行政区']]],
    ['香港特别行政区政府代表出席。', [['香港特别行政区政府', '香港特别行政区']]],
  ])('%s', (text, want) => {
    expect(committees(text).map((c) => [c.name, c.region])).toEqual(want)
  })

  it.each([
    ['四川省台办主任出席。', '四川省台办', 'government'],
    ['四川省委台办主任出席。', '四川省委台办', 'party'],
    ['市编办主任出席。', '市编办', 'government'],
  ])('%s → %s (%s)', (text, name, kind) => {
    expect(body(text, name)).toMatchObject({ kind })
  })

  it('新疆生产建设兵团 is a body of 新疆', () => {
    expect(body('全国工商联与新疆生产建设兵团签署协议。', '新疆生产建设兵团')).toMatchObject({ kind: 'government', region: '新疆维吾尔自治区' })
  })
})

describe('bodies: special committees of the national committee written alone are the ones written whole', () => {
  it('全国政协人口资源环境委员会副主任…，人口资源环境委员会办公室副主任 → one body', () => {
    const text = '省政协副主席带队赴全国政协汇报工作。全国政协人口资源环境委员会副主任欧青平主持座谈会,人口资源环境委员会办公室副主任罗致明出席。'
    expect(names(text).filter((n) => n === '全国政协人口资源环境委员会')).toHaveLength(1)
  })

  it('names no special committee for a counterpart committee (对口委员会)', () => {
    expect(names('全国政协两个委员会和省政协对口委员会互相通报了工作。')).toEqual(['全国政协', '省政协'])
  })
})

describe('bodies: an organisation\'s word for itself (本党, 本社) before a national body', () => {
  it.each([
    ['本党中央办公厅主任王增祺参加调研。', []],
    ['中共中央办公厅主任出席。', ['中共中央办公厅']],
    ['始终同党中央保持高度一致。', ['中共中央']],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want)
  })

  it('reads 海协会 and the full name of 全国台企联 as national bodies', () => {
    expect(names('国台办主任宋涛和海协会长张志军出席授印。')).toEqual(['国台办', '海协会'])
    expect(body('全国台湾同胞投资企业联谊会成立。', '全国台湾同胞投资企业联谊会')).toMatchObject({ kind: 'mass-organisation', region: '全国' })
  })
})

describe('bodies: more provincial organs (autonomous regions, before 2018, a party committee\'s offices)', () => {
  it.each([
    ['内蒙古自治区政协召开会议，区农牧厅负责同志发言。', '内蒙古自治区农牧厅', 'government'],
    ['浙江省政协召开会议，省民委有关负责同志介绍了情况。', '浙江省民委', 'government'],
    ['浙江省政协召开会议，省卫生厅有关负责同志介绍了情况。', '浙江省卫生厅', 'government'],
    ['浙江省政协召开会议，省经贸委有关负责同志介绍了情况。', '浙江省经贸委', 'government'],
    ['浙江省政协召开会议，省委财经办有关负责同志介绍了情况。', '浙江省委财经办', 'party'],
    ['浙江省政协召开会议，省委外事办有关负责同志介绍了情况。', '浙江省委外事办', 'party'],
  ])('%s → %s', (text, name, kind) => {
    expect(body(text, name)).toMatchObject({ kind })
  })

  it('a town\'s 文史馆 (a hall of local history) is no body', () => {
    expect(names('同志们参观了窑口镇政协委员工作室、镇文史馆和纪念广场。')).not.toContain('窑口镇文史馆')
  })
})

describe('bodies: a relative word in a later paragraph names the province travelled to, where nothing else fits', () => {
  it('上海市工商联…赴江苏省工商联拜访。\\n许仲梓谈到，省工商联… → 江苏省工商联, one body', () => {
    const text = '上海市工商联主席王志雄一行赴江苏省工商联拜访，与省工商联主席许仲梓举行座谈。\n许仲梓谈到，省工商联主席会长圆桌会议每季度举办一次。'
    expect(names(text)).toEqual(['上海市工商联', '江苏省工商联'])
  })

  it('a 省 written before the journey stays without a region', () => {
    const text = '省工商联召开会议。\n上海市工商联主席王志雄一行赴江苏省工商联拜访。'
    expect(committees(text).find((c) => c.name === '省工商联')).toMatchObject({ region: null })
  })
})

describe('bodies: ministries of before the reforms, and no ministry in a generic 部门', () => {
  it.each([
    ['会上，农业部有关负责同志介绍了情况。', '农业部'],
    ['会上，国家林业局有关负责同志介绍了情况。', '国家林业局'],
    ['会上，国家卫生计生委有关负责同志介绍了情况。', '国家卫生计生委'],
    ['会上，国务院台湾事务办公室有关负责同志介绍了情况。', '国务院台湾事务办公室'],
    ['国家科技部政策法规司副司长翟立新参加调研。', '国家科技部政策法规司'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'government', region: '全国' })
  })

  it.each([['国土资源部门加强监管。'], ['信息产业部门负责人出席。'], ['铁道部队官兵参加。'], ['教育部门、财政部门负责人参加。']])('finds none in %s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('bodies: a relative word after a level qualifier or a count names every region of a kind', () => {
  it.each([['各设区市政协主席出席。'], ['11个设区市政协和90个县政协参与。'], ['地级市政协主席出席。'], ['全省14个市政协联动。']])('finds none in %s', (text) => {
    expect(names(text)).toEqual([])
  })

  it('keeps 市政协 written alone', () => {
    expect(names('市政协主席出席。')).toEqual(['市政协'])
  })
})

describe('bodies: a measure word names a count of regions only after a numeral', () => {
  it('这个县政协 is the county\'s', () => {
    expect(names('这个县政协很活跃。')).toEqual(['县政协'])
  })
})
