import { describe, expect, it } from 'vitest'
import { analyzed, analyzer, PAGES } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees

describe('committees and public bodies', () => {
  it.each([
    ['政协吉林市第十四届委员会第三次会议召开', { name: '吉林市政协', kind: 'cppcc', region: '吉林市', term: 14, session: 3 }],
    ['中国人民政治协商会议吉林省委员会', { name: '吉林省政协', kind: 'cppcc', region: '吉林省' }],
    ['在中共吉林市委坚强领导下', { name: '吉林市委', kind: 'party', region: '吉林市' }],
    ['甘井子区政协社法委主任金雄光', { name: '甘井子区政协社法委', kind: 'cppcc-special', region: '甘井子区' }],
    ['全国人大常委会委员长', { name: '全国人大常委会', kind: 'congress', region: '全国' }],
    ['全国政协调研组', { name: '全国政协', kind: 'cppcc', region: '全国' }],
    ['与长春中医药大学合作', { name: '长春中医药大学', kind: 'other', region: '长春市' }],
    ['大连市甘井子区数据局挂牌成立', { name: '甘井子区数据局', kind: 'government', region: '甘井子区' }],
    ['城西庄村党支部书记康艳卫说', { name: '城西庄村党支部', kind: 'party' }],
    ['在潞州区城北庄街道办事处开展活动', { name: '城北庄街道办事处', kind: 'government', region: '潞州区' }],
    ['对接北京市支援合作办公室', { name: '北京市支援合作办公室', kind: 'government', region: '北京市' }],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(expect.arrayContaining([expect.objectContaining(want)]))
  })

  it.each([
    // relative references resolved from the article's region, both ways
    ['安徽省天长市政协副主席赵森华收到微信。会后，市政协办公室编发社情民意。', '天长市政协'],
    ['长春市政协坚持以习近平新时代中国特色社会主义思想为指导。市政协成立工作专班。', '长春市政协'],
    ['江西省赣州市南康区烈士陵园迎来干部群众。区政协副主席曹世明率领委员们深入调研。', '南康区政协'],
    ['吉林省政协组织部分委员及省发展改革委、省工信厅等有关部门调研。', '吉林省工信厅'],
    ['延边朝鲜族自治州各县市积极参与，州政协先后组织开展了联席会。', '延边朝鲜族自治州政协'],
    ['山西省长治市各级政协积极履职。近年来，市委、市政府高度重视科技创新。', '长治市委'],
  ])('resolves the relative mention in: %s', (text, name) => {
    expect(committees(text).map((c) => c.name)).toContain(name)
  })

  // A bare word written again in its paragraph means what it meant first; the places written before it do not
  // (上海市政协 is where they went), and a place's name that holds the word (上海市政协) is no earlier writing of it.
  it.each([
    ['台州市委书记到会。市政协主席王伟带队，拜访上海市政协。市政协副主席李明参加座谈。', '市政协副主席', '台州市政协'],
    ['红安县政协主席张明带队考察。县政协主席李华在麻城市政协座谈时说，县政协将持续跟进。', '县政协将', '红安县政协'],
  ])('the bare word written again in its paragraph: %s', (text, word, name) => {
    const again = text.lastIndexOf(word)
    const owner = committees(text).find((c) => c.mentions.some((m) => m.start === again))
    expect(owner?.name).toBe(name)
  })

  it('resolves 市政协 per article on a page with several cities (000)', () => {
    const names = analyzed(PAGES.p000).committees.map((c) => c.name)
    expect(names).toEqual(expect.arrayContaining(['天长市政协', '天长市委', '南康区政协', '甘井子区政协', '静安区政协', '吉林省政协']))
    expect(names).not.toContain('吉林市政协')
  })

  it.each([
    ['彭浦镇政协委员工作站', '彭浦镇政协'], // no CPPCC below county level
    ['积极配合科技部门相继制定', '科技部'],
    ['城市政府治理能力', '城市政府'],
  ])('does not invent a body in: %s', (text, name) => {
    expect(committees(text).map((c) => c.name)).not.toContain(name)
  })
})

describe('a party written alone before a sector of the CPPCC committee', () => {
  it('names no body (、农工党界别召集人), while the party committee after it is one', () => {
    const names = analyzer.analyze('上海市政协召开会议。市政协常委、副秘书长、民盟界别召集人，民盟市委专职副主委宋晓梅主持。').committees.map((c) => c.name)
    expect(names).toEqual(['上海市政协', '民盟上海市委'])
  })
})

describe('relative words listed before a body share its organ', () => {
  it('reads 省、市政协 as the province\'s and the city\'s 政协', () => {
    const names = analyzer.analyze('湖南省常德市桃源县政协会议开幕。部分省、市政协委员列席了会议。').committees.map((c) => c.name)
    expect(names).toEqual(['桃源县政协', '湖南省政协', '常德市政协'])
  })

  it('lifts the county to the province and the city where the page never writes them (convention: a relative word is lifted through a written lower division)', () => {
    const bodies = analyzer.analyze('桃源县政协会议开幕。部分省、市政协委员列席了会议。').committees.map((c) => [c.name, c.region])
    expect(bodies).toEqual([['桃源县政协', '桃源县'], ['湖南省政协', '湖南省'], ['常德市政协', '常德市']])
  })
})

describe('a special committee written alone with its chair\'s title at the head of a list item', () => {
  it.each([
    ['全国政协提案委员会主任孙明作了说明。\n经济委员会主任周林、人口资源环境委员会主任贾文,汇报了工作。', ['全国政协经济委员会', '全国政协人口资源环境委员会'], '周林', '全国政协经济委员会'],
    ['市政协副主席王强出席，提案委主任李明汇报。', ['长治市政协提案委'], '李明', '长治市政协提案委'],
  ])('%s', (text, names, person, org) => {
    const r = analyzer.analyze(text.startsWith('市') ? `山西省长治市政协召开会议。${text}` : text)
    const cs = r.committees.filter((c) => c.kind === 'cppcc-special').map((c) => c.name)
    expect(cs).toEqual(expect.arrayContaining(names))
    expect(r.persons.find((p) => p.name === person)?.org).toBe(org)
  })

  it.each([
    // No CPPCC committee before it, or another body between: no special committee of a 政协.
    ['经济委员会主任周林汇报了工作。'],
    ['市政协副主席王强出席。市人大常委会副主任赵刚，经济委员会主任周林参加。'],
    // No title after it.
    ['全国政协召开会议。\n经济委员会工作有序推进。'],
    // At a line's head, one whose name a government's or a congress's body bears too (data/shared-special-committees.txt).
    ['区政协召开会议。\n教育委员会组织调研。'],
    ['区政协召开会议。\n农业农村委员会组织调研。'],
    // Not at a line's head, with no title after it, and a name a government gives too (round 21c: a name only a CPPCC
    // gives, 社会法制委员会组织调研 after a comma, is now read as the subject of its clause: the dev gold lists 16 of 16
    // such bare forms as the page's committee; test/unit/bodies-special-subject.test.ts).
    ['区政协召开会议，经济委员会组织调研。'],
    // At a line's head, but no CPPCC committee before it nor on its line.
    ['社会法制委员会组织调研。\n区人大常委会听取报告。'],
  ])('finds none in %s', (text) => {
    expect(committees(text).filter((c) => c.kind === 'cppcc-special')).toEqual([])
  })

  it.each([
    // A line that opens with a special committee, the subject of its report: the 政协 named before it…
    ['区政协召开会议。\n社会法制委员会注重发挥本委优势，组织委员开展调研。', '区政协社会法制委员会'],
    ['全国政协经济委员会举办沙龙。\n文史和学习委员会专题调研团在云南省石屏县调研。', '全国政协文史和学习委员会'],
    ['区政协召开会议。\n城市建设与管理委员会与区房管局组成调研组。', '区政协城市建设与管理委员会'],
    // …or the one its own line names after it.
    ['社会法制委员会注重发挥本委优势，围绕区政协工作要点开展调研。', '区政协社会法制委员会'],
  ])('a line that opens with it: %s', (text, name) => {
    expect(committees(text).filter((c) => c.kind === 'cppcc-special').map((c) => c.name)).toContain(name)
  })
})
