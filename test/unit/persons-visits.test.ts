import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons
const committees = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// Hand-written sentences (places and names varied) for visits between the 政协 of two places.
describe('a bare 市政协 on a page about a visit away is the page\'s own', () => {
  it.each<[string, string, string]>([
    // The places after 赴/前往 (and listed with them) are where the delegation goes, not its home.
    ['9月2日至6日，市政协主席周明远带队前往杭州、苏州等地，先后拜访杭州市政协、苏州市政协。周明远表示，漳州市政协将加强交流。', '周明远', '漳州市政协'],
    ['市政协主席林海峰赴宁波市考察。市政协副主席陈立新参加。林海峰说，台州市要学习宁波。', '陈立新', '台州市政协'],
    // The same bare word again in its paragraph means what it meant first, whatever is named between.
    ['10月8日，市政协主席吴建华带队前往重庆，拜访重庆市政协，增进联谊交往。市政协副主席张立群一同参加。遵义市政协将深化合作。', '张立群', '遵义市政协'],
  ])('%s → %s of %s', (text, name, org) => {
    const p = persons(text).find((x) => x.name === name)
    expect(p, JSON.stringify(persons(text))).toBeDefined()
    expect(p!.org).toBe(org)
  })

  it.each<[string, string, string]>([
    // A visit home (来, 到) is no travel away: the host is the page's own body.
    ['宜春市政协考察团来萍乡市考察。市政协主席刘青山陪同。', '刘青山', '萍乡市政协'],
    // Without a verb of travel away the nearest place before in the paragraph still decides (安徽省天长市政协…市政协).
    ['安徽省天长市政协召开会议。市政协主席李国华出席。', '李国华', '天长市政协'],
  ])('%s → %s of %s (unchanged)', (text, name, org) => {
    expect(persons(text).find((x) => x.name === name)?.org).toBe(org)
  })

  it('names no body of the place travelled to where no body of it is written', () => {
    expect(committees('市政协主席林海峰赴宁波市考察。林海峰说，台州市要学习宁波。')).toEqual(['台州市政协'])
  })
})

describe('titles of several bodies through a place written before a title', () => {
  it.each<[string, string, string[], string]>([
    // A democratic party's title, then a region's government title with its place: both roles, the first's body.
    ['民建市委会主委、台州市副市长赵跃进致贺词。', '赵跃进', ['主委', '副市长'], '民建台州市委会'],
    ['农工党市委会主委、湖州市副市长钱立新出席。', '钱立新', ['主委', '副市长'], '农工党湖州市委会'],
    // The government's title first: its body is the region's government.
    ['绍兴市副市长、九三学社绍兴市委主委丁晓燕汇报工作。', '丁晓燕', ['副市长', '主委'], '绍兴市政府'],
  ])('%s → %s %j of %s', (text, name, roles, org) => {
    const p = persons(text).find((x) => x.name === name)
    expect(p, JSON.stringify(persons(text))).toBeDefined()
    expect(p!.roles).toEqual(roles)
    expect(p!.org).toBe(org)
  })

  it('takes no title across a place that is no part of one', () => {
    // 台州市 here is where the person works, after a verb: the 主委 is no title of 赵明.
    const p = persons('民建市委会主委在台州市会见赵明。').find((x) => x.name === '赵明')
    expect(p?.roles ?? []).toEqual([])
  })
})

describe('names and leaders at the end of a list of guests', () => {
  it.each<[string, string, string[], string | null]>([
    // The segmenter joins a name's last character with the 等 that closes the list (吴海/x 平等/a).
    ['中共台州市委副书记吴海平等出席会议并讲话。', '吴海平', ['市委副书记'], '台州市委'],
    ['县长刘国华、副县长陈海平等参加。', '陈海平', ['副县长'], null],
    ['县委书记王国平等领导出席。', '王国平', ['县委书记'], null],
  ])('%s → %s', (text, name, roles, org) => {
    const p = persons(text).find((x) => x.name === name)
    expect(p, JSON.stringify(persons(text))).toBeDefined()
    expect(p!.roles).toEqual(roles)
    if (org !== null) expect(p!.org).toBe(org)
  })

  it.each([['他说要平等对待每一位委员。'], ['委员们认为应当平等协商。']])('finds no person in %s', (text) => {
    expect(persons(text)).toEqual([])
  })

  it.each<[string, string, string]>([
    // Former leaders of a 政协 named after it, without a title: its office holders.
    ['黔东南州政协主席出席。州政协历届领导杨斌、夏和军等也应邀出席会议。', '夏和军', '黔东南苗族侗族自治州政协'],
    ['县政协历任领导张国强、李文华出席座谈会。', '张国强', '县政协'],
  ])('%s → %s of %s', (text, name, org) => {
    const p = persons(text).find((x) => x.name === name)
    expect(p, JSON.stringify(persons(text))).toBeDefined()
    expect(p!.org).toBe(org)
    expect(p!.cppccMember).toBe(true)
  })
})

describe('an organ written alone after another title', () => {
  it.each<[string, string, string[], string]>([
    // The organ's body was named before (市人武部): the chain of titles goes on from the organ, not from there.
    ['广水市政协主席何庆海走访慰问市人武部。市委常委、人武部部长吕越表示，积极支持地方建设。', '吕越', ['市委常委', '部长'], '广水市委'],
    // …also where the page never names its region (市人武部, 市委 as written).
    ['市政协主席何庆海走访慰问市人武部。在市人武部，何庆海给予高度评价。市委常委、人武部部长吕越表示，积极支持地方建设。', '吕越', ['市委常委', '部长'], '市委'],
  ])('%s → %s %j of %s', (text, name, roles, org) => {
    const p = persons(text).find((x) => x.name === name)
    expect(p, JSON.stringify(persons(text))).toBeDefined()
    expect(p!.roles).toEqual(roles)
    expect(p!.org).toBe(org)
  })

  it('gives the organ alone its body named before', () => {
    const p = persons('临沂市委统战部召开会议。统战部副部长王成出席。').find((x) => x.name === '王成')
    expect(p?.roles).toEqual(['副部长'])
    expect(p?.org).toBe('临沂市委统战部')
  })
})

describe('a county-level city written once by its short name on a page about its own 市', () => {
  const places = (text: string) => analyzer.analyze(text).places.map((p) => p.name)
  it.each<[string, string, string]>([
    ['市政协主席何庆海走访慰问市人武部。吕越表示，为维护广水社会和谐稳定作出新贡献。', '广水市', '广水市政协'],
  ])('%s → %s', (text, place, body) => {
    expect(places(text)).toContain(place)
    expect(committees(text)).toContain(body)
  })

  it.each([
    // A common word (江山/ns) is no place on such evidence.
    ['市政协主席王明出席会议。他说，要守护好江山的美好未来。'],
    // Another 市 named on the page: the short name alone is not enough.
    ['苏州市政协主席王明出席会议。要维护广水社会和谐稳定。'],
  ])('finds no county-level city in %s', (text) => {
    expect(places(text).filter((p) => p === '江山市' || p === '广水市')).toEqual([])
  })
})

describe('同志 after a name', () => {
  it.each<[string, string, string[], string]>([
    // A form of address after the name is no title and takes no body away from the title before.
    ['民革黄石市委会召开会议。民革市委副主委陈学东同志、民革市委秘书长张丽萍同志到会并讲话。', '陈学东', ['副主委'], '民革黄石市委会'],
    // …nor is it a title of the next name in the list.
    ['民革黄石市委会召开会议。民革市委副主委陈学东同志、民革市委秘书长张丽萍同志到会并讲话。', '张丽萍', ['秘书长'], '民革黄石市委会'],
    ['九三学社南京市委召开会议。社市委主委王建国同志出席。', '王建国', ['主委'], '九三学社南京市委'],
  ])('%s → %s %j of %s', (text, name, roles, org) => {
    const p = persons(text).find((x) => x.name === name)
    expect(p, JSON.stringify(persons(text))).toBeDefined()
    expect(p!.roles).toEqual(roles)
    expect(p!.org).toBe(org)
  })

  it('gives a name with 同志 alone no title', () => {
    const p = persons('会上，李明华同志作了发言。').find((x) => x.name === '李明华')
    expect(p?.roles).toEqual([])
    expect(p?.org).toBeNull()
  })
})

describe('a visit to the page\'s own region (一行来我市): the visitors\' place is no home', () => {
  it.each<[string, string, string]>([
    // The host's 政协 is the page's own, written bare: not the visitors' (their place is written before 一行来我市).
    ['台州市政协主席王海一行来我市考察。市政协主席李志强陪同。', '李志强', '市政协'],
    ['黄南州政协主席林华一行来我区考察。区政协主席刘英会陪同考察。', '刘英会', '区政协'],
    ['4月2日，宜君县政协考察团来我县交流。县政协主席石根美陪同。', '石根美', '县政协'],
    // The visitor keeps the body written in full.
    ['台州市政协主席王海一行来我市考察。市政协主席李志强陪同。', '王海', '台州市政协'],
    // Two holders of the one 主席 of a 政协 whose region the page never writes: the one read from the bare word holds the page's own.
    ['乐山市政协主席黄平林带队莅临调研。市政协主席侯中文陪同调研。', '侯中文', '市政协'],
    // The host's place written elsewhere on the page still decides.
    ['湖州市政协主席王海一行来我市考察。桐乡市政协主席李志强陪同，市政协副主席赵刚参加。', '赵刚', '桐乡市政协'],
  ])('%s → %s of %s', (text, name, org) => {
    expect(persons(text).find((x) => x.name === name)?.org).toBe(org)
  })

  it.each<[string, string, string]>([
    // No lead before the verb (欢迎…来我市): the place written before is the page's own.
    ['常州市政协主席王海说，欢迎大家来我市考察。市政协副主席李志强参加。', '李志强', '常州市政协'],
  ])('%s → %s of %s (unchanged)', (text, name, org) => {
    expect(persons(text).find((x) => x.name === name)?.org).toBe(org)
  })
})

describe('a bare 市政协 on a page of a county-level city that also names its prefecture', () => {
  it.each<[string, string, string]>([
    // The page names the city below the prefecture as often as the prefecture: the bare 市 is the city's.
    ['5月12日，市政协主席黄明、副主席朱贤带领部分泉州、石狮两级政协委员前往浙江考察。', '朱贤', '石狮市政协'],
    ['市政协组织住我市的苏州市政协委员赴昆山市视察。市政协主席赵明参加活动。\n\n中国人民政治协商会议张家港市委员会(简称张家港市政协)是张家港市的爱国统一战线组织。', '赵明', '张家港市政协'],
  ])('%s → %s of %s', (text, name, org) => {
    expect(persons(text).find((x) => x.name === name)?.org).toBe(org)
  })

  it.each<[string, string, string]>([
    // A page of the prefecture that names a county-level city below it once, in another paragraph: the bare 市 stays the prefecture's.
    ['吉林市政协召开常委会议。吉林市政协主席王刚讲话。市政协副主席李明参加。\n吉林市各界委员帮扶蛟河市南顶子村。', '李明', '吉林市政协'],
    // A city travelled to is no home.
    ['苏州市政协组织委员赴张家港市视察。市政协副主席李明参加。', '李明', '苏州市政协'],
  ])('%s → %s of %s (unchanged)', (text, name, org) => {
    expect(persons(text).find((x) => x.name === name)?.org).toBe(org)
  })

  // A city written in an earlier sentence only to locate a village in it, or one travelled to and written again
  // (赴张家港市…，了解张家港市…), is where the members were, not whose 政协 the bare 市政协 is; a city that only
  // locates the district travelled to (赴武汉市蔡甸区) is the delegation's own.
  it.each<[string, string, string]>([
    ['吉林市政协召开常委会议。吉林市政协主席王刚讲话。吉林市各界委员帮扶蛟河市南顶子村。市政协副主席李明参加。', '李明', '吉林市政协'],
    ['苏州市政协组织委员赴张家港市视察，了解张家港市港口建设。市政协副主席李明参加。', '李明', '苏州市政协'],
    ['王立群带队赴武汉市蔡甸区调研\n日前，市政协副主席王立群带领部分委员赴蔡甸区调研。', '王立群', '武汉市政协'],
  ])('%s → %s of %s (a place where they were)', (text, name, org) => {
    expect(persons(text).find((x) => x.name === name)?.org).toBe(org)
  })

  it.each<[string, string, string]>([
    // The city whose village is named in the same sentence is the one the sentence is about.
    ['长春市政协召开常委会议。委员们走进蛟河市南顶子村，与市政协副主席李明座谈。', '李明', '蛟河市政协'],
    // A city written alone before (not locating a village) still decides.
    ['长春市政协召开常委会议。蛟河市召开会议。市政协副主席李明参加。', '李明', '蛟河市政协'],
    // A visit to several counties: the county its sentence names before the officials is theirs, not the one
    // the bare word meant before in the paragraph.
    ['黄冈市政协主席张立带队到红安县、罗田县视察。红安县委书记李明，县政协主席赵强陪同。在罗田县，县委副书记陈东、县政协主席孙伟陪同视察。', '孙伟', '罗田县政协'],
    ['黄冈市政协主席张立带队到红安县、罗田县视察。红安县委书记李明，县政协主席赵强陪同。在罗田县，县委副书记陈东、县政协主席孙伟陪同视察。', '赵强', '红安县政协'],
  ])('%s → %s of %s (a place that is the body\'s)', (text, name, org) => {
    expect(persons(text).find((x) => x.name === name)?.org).toBe(org)
  })
})
