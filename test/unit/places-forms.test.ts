import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const places = (text: string) => analyzer.analyze(text).places

describe('places: banners and leagues of Inner Mongolia and prefectures of Xinjiang as their news writes them', () => {
  it.each([
    // [sentence, expected canonical name, parent]
    ['兴安盟政协组织委员赴科右前旗、科右中旗调研', '科尔沁右翼前旗', '兴安盟'],
    ['兴安盟政协组织委员赴科右前旗、科右中旗调研', '科尔沁右翼中旗', '兴安盟'],
    ['通辽市政协委员到科左后旗视察', '科尔沁左翼后旗', '通辽市'],
    ['包头市政协委员到达茂旗、土右旗调研', '达尔罕茂明安联合旗', '包头市'],
    ['包头市政协委员到达茂旗、土右旗调研', '土默特右旗', '包头市'],
    ['锡盟政协委员到东乌旗调研', '锡林郭勒盟', '内蒙古自治区'],
    ['锡盟政协委员到东乌旗调研', '东乌珠穆沁旗', '锡林郭勒盟'],
    ['委员们赴准旗、达旗、伊旗考察学习', '达拉特旗', '鄂尔多斯市'],
    ['察右后旗政协召开常委会议', '察哈尔右翼后旗', '乌兰察布市'],
    ['自治区政协委员赴博州、克州调研', '博尔塔拉蒙古自治州', '新疆维吾尔自治区'],
    ['自治区政协委员赴博州、克州调研', '克孜勒苏柯尔克孜自治州', '新疆维吾尔自治区'],
  ])('%s → %s', (text, name, parent) => {
    const p = places(text).find((x) => x.name === name)
    expect(p, JSON.stringify(places(text).map((x) => x.name))).toBeDefined()
    expect(p!.parent).toBe(parent)
    for (const m of p!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
  })

  it.each([
    '坚持标准旗帜鲜明，到达旗杆下集合',
    '阿盟秘书长出席会议', // the Arab League
    '陈旗同志当选委员', // a surname before 旗: no alias
  ])('no banner or league in %s', (text) => {
    expect(places(text).map((p) => p.name)).toEqual([])
  })
})

describe('places: short forms that are ordinary words first (data/word-short-forms.txt)', () => {
  it.each([
    ['新乡市政协委员高举红旗跟党走', '红旗区'],
    ['双鸭山市政协推动友谊合作', '友谊县'],
    ['嘉兴市政协委员瞻仰南湖红船', '南湖区'],
    ['杭州市政协委员漫步西湖边', '西湖区'],
    ['东营市政协委员来到黄河河口', '河口区'],
  ])('the city named elsewhere is no support: %s (no %s)', (text, name) => {
    expect(places(text).map((p) => p.name)).not.toContain(name)
  })

  it.each([
    ['新乡市红旗区政协召开会议', '红旗区', '新乡市'], // the full name
    ['新乡红旗、卫滨两区政协委员座谈', '红旗区', '新乡市'], // its city right before
    ['新乡市政协委员到红旗调研', '红旗区', '新乡市'], // a visit
    ['杭州市西湖区政协委员漫步西湖边', '西湖区', '杭州市'], // its full name elsewhere on the page
  ])('still a place with its city or a visit: %s → %s', (text, name, parent) => {
    const p = places(text).find((x) => x.name === name)
    expect(p, JSON.stringify(places(text).map((x) => x.name))).toBeDefined()
    expect(p!.parent).toBe(parent)
  })
})

describe('places: a township stem before 路, 大街 … names a street (data/street-words.txt)', () => {
  it.each([
    ['地址：北京市海淀区中关村大街1号', '中关村街道'],
    ['地址：杭州市萧山区北干路', '北干街道'],
  ])('no township in the address %s (no %s)', (text, name) => {
    expect(places(text).map((p) => p.name)).not.toContain(name)
  })

  it.each([
    ['海淀区中关村、学院路街道委员工作室揭牌', '中关村街道', '海淀区'],
    ['萧山区城厢街委员联络站', '城厢街道', '萧山区'],
  ])('still the township without a street word: %s → %s', (text, name, parent) => {
    const p = places(text).find((x) => x.name === name)
    expect(p, JSON.stringify(places(text).map((x) => x.name))).toBeDefined()
    expect(p!.parent).toBe(parent)
  })
})

describe('places: 江浙沪 and 江浙 (data/city-lists.tsv)', () => {
  it.each([
    ['圭亚那江浙沪华侨华人联合会会长', ['江苏省', '浙江省', '上海市']],
    ['江浙一带民营经济发达', ['江苏省', '浙江省']],
  ])('%s', (text, names) => {
    expect(places(text).map((p) => p.name)).toEqual(names)
  })

  it('江 inside a word is no 江苏: 长江浙江段', () => {
    expect(places('长江浙江段生态修复').map((p) => p.name)).toEqual(['浙江省'])
  })
})

// Written before the code: a road named after a province or a city is no mention of it (data/road-words.txt).
describe('places: a short form before 路, 大道 … names a road, at any level', () => {
  it.each([
    ['委员们察看了汉江路街道河南路约400米泥巴路。', '河南省'],
    ['会场位于北京路与人民路交叉口。', '北京市'],
    ['车队沿着延安路前行。', '延安市'],
    // A street written with its quarter (东街, 西街 …) and a bridge named after a river are names too.
    ['两辆中巴车从长安东街开出，驶向石家庄。', '长安区'],
    ['委员们走进长安西街的社区。', '长安区'],
    ['要以黑龙江大桥、跨江空中索道项目开发为契机。', '黑龙江省'],
  ])('%s: no %s', (text, name) => {
    expect(places(text).map((p) => p.name)).not.toContain(name)
  })

  it.each([
    // The road's character begins a longer word: the place stays.
    ['探索乡村振兴的河南路径。', '河南省'],
    ['委员们在去长沙路上交流。', '长沙市'],
    ['北京市政协委员参加活动。', '北京市'],
    ['石家庄市长安区政协委员在长安东街调研。', '长安区'],
    ['黑龙江省政协组织委员视察大桥建设。', '黑龙江省'],
    ['委员们到街道社区走访，黑龙江代表团审议报告。', '黑龙江省'],
  ])('%s → %s', (text, name) => {
    expect(places(text).map((p) => p.name)).toContain(name)
  })
})

// Hand-written sentences: district names of three characters that are ordinary words (老城区 "the old town").
describe('a district named by an ordinary word of three characters is a place only after its parent', () => {
  it.each<[string, string, string]>([
    ['洛阳市老城区政协召开会议。', '老城区', '洛阳市'],
    ['鹤壁市山城区政协召开会议。', '山城区', '鹤壁市'],
    ['西安市新城区政协召开会议。', '新城区', '西安市'],
  ])('%s → %s of %s', (text, name, parent) => {
    expect(places(text).find((p) => p.name === name)?.parent).toBe(parent)
  })

  it.each([
    ['老城区改造工作推进。'],
    ['广水市政协督办提案“加强应广老城区消防安全管理”“强化应山城区学校门前交通安全”。'],
  ])('%s names no such district', (text) => {
    expect(places(text).map((p) => p.name).filter((n) => n.endsWith('城区'))).toEqual([])
  })
})
