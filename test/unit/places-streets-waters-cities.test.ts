import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const places = (text: string) => analyzer.analyze(text).places
const names = (text: string) => places(text).map((p) => p.name)

// Hand-checked sentences (the class of dev pages 174 and 230): a street named after its road or estate is written
// without that word (汉江街道 of 汉江路街道, 长风街道 of 长风新村街道: data/division-suffixes.tsv, dropped), a place where its
// county is named, as any township's short form; a street of that very name elsewhere keeps its own name.
describe('places: a street written without its road’s or estate’s word', () => {
  it.each([
    ['上海市普陀区长风街道商会、闵行区莘庄工业区商会参加活动。', '长风新村街道', '普陀区'],
    ['区综合执法局督办张湾区汉江街道立即行动。', '汉江路街道', '张湾区'],
    ['海淀区学院街道组织委员开展协商。', '学院路街道', '海淀区'],
    ['委员们走访了长宁区仙霞街道。', '仙霞新村街道', '长宁区'],
  ])('%s → %s', (text, name, parent) => {
    const p = places(text).find((x) => x.name === name)
    expect(p, JSON.stringify(names(text))).toBeDefined()
    expect(p!.parent).toBe(parent)
  })

  it.each([
    // No county named: the form names the street of its own name (学院街道 of 咸宁市咸安区), or none.
    ['委员们走访了学院街道。', '学院路街道'],
    ['长风街道商会成立。', '长风新村街道'],
  ])('%s: no %s', (text, name) => {
    expect(names(text)).not.toContain(name)
  })

  it('the official name stays', () => {
    expect(names('委员们走访了张湾区汉江路街道。')).toContain('汉江路街道')
    expect(names('委员们走访了学院街道。')).toContain('学院街道')
  })
})

// Hand-checked sentences (the class of dev page 461): a river or lake named like a division (黄浦江, 嘉陵江, 鄱阳湖) is no
// mention of the division (data/water-words.txt); a place written before another whose name begins with 江, 河 or 湖
// (广东江门, 上海河南, 浙江湖州) stays.
describe('places: a river’s or a lake’s name is no division', () => {
  it.each([
    ['福建三明与上海，沙溪河畔与黄浦江边，两地延续60余年。', '黄浦区'],
    ['上海黄浦江两岸开发。', '黄浦区'],
    ['南充市政协委员在嘉陵江畔调研。', '嘉陵区'],
    ['江西省上饶市鄱阳湖湿地保护。', '鄱阳县'],
    ['济宁市微山湖生态保护。', '微山县'],
  ])('%s: no %s', (text, name) => {
    expect(names(text)).not.toContain(name)
  })

  it.each([
    ['委员们到广东江门考察。', ['广东省', '江门市']],
    ['上海河南两地政协交流。', ['上海市', '河南省']],
    ['在浙江湖州召开会议。', ['浙江省', '湖州市']],
    ['黄浦区政协组织委员调研。', ['黄浦区']],
    ['赴江西鄱阳考察。', ['江西省', '鄱阳县']],
  ])('%s → %s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected))
  })
})

// Hand-checked sentences (the class of dev page 411): a township's stem of two characters after its county's short form
// is a place only where that short form is a name, not an ordinary word (运河古城文化风景区: 古城 of 古城区, 文化 of its
// 文化街道, read on as a phrase).
describe('places: a township’s stem after an ordinary word of its county', () => {
  it('古城文化 is a phrase', () => {
    const found = names('与会人员先后实地视察了弦歌湖公园、运河古城文化风景区。')
    expect(found).not.toContain('古城区')
    expect(found).not.toContain('文化街道')
  })

  it.each([
    ['丽江市古城区文化街道', ['古城区', '文化街道']],
    ['金山廊下新农村建设可充分汲取经验。', ['金山区', '廊下镇']],
    ['昆山千灯古镇', ['昆山市', '千灯镇']],
  ])('%s → %s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected))
  })
})

// Hand-checked sentences: banners as Inner Mongolia's news writes them short (data/place-aliases.tsv).
describe('places: banners written short', () => {
  it.each([
    ['赤峰市克旗政协组织委员视察。', '克什克腾旗'],
    ['克旗政协委员到经棚镇调研。', '克什克腾旗'],
    ['喀旗政协召开常委会议。', '喀喇沁旗'],
    ['锡林郭勒盟东苏旗、西苏旗政协主席参加会议。', '苏尼特左旗'],
    ['锡林郭勒盟东苏旗、西苏旗政协主席参加会议。', '苏尼特右旗'],
    ['阿拉善盟额旗政协召开会议。', '额济纳旗'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it('a word ending in 克 before 旗 is none', () => {
    expect(names('坦克旗舰店开业。')).toEqual([])
  })
})

// Hand-checked sentences: divisions written by a name they no longer bear (data/former-divisions.tsv); their short form
// names the division of today where nothing on the page tells otherwise (resolve.ts).
describe('places: more former divisions', () => {
  it.each([
    ['密云县政协召开常委会议。', '密云县', '北京市'],
    ['延庆县政协委员视察。', '延庆县', '北京市'],
    ['莱芜市政协主席一行到钢城调研。', '莱芜市', '山东省'],
    ['思茅市政协召开全体会议。', '思茅市', '云南省'],
    ['哈尔滨市动力区政协考察团。', '动力区', '哈尔滨市'],
    ['四川省达县政协主席出席会议。', '达县', '达州市'],
    ['天津市蓟县政协委员视察。', '蓟县', '天津市'],
  ])('%s → %s', (text, name, parent) => {
    const p = places(text).find((x) => x.name === name)
    expect(p, JSON.stringify(names(text))).toBeDefined()
    expect(p!.parent).toBe(parent)
  })

  it.each([
    ['委员们到莱芜调研。', '莱芜区', '莱芜市'],
    ['北京市密云区政协召开会议。', '密云区', '密云县'],
  ])('the short form or today’s name stays today’s: %s → %s, not %s', (text, name, former) => {
    expect(names(text)).toContain(name)
    expect(names(text)).not.toContain(former)
  })

  it.each([
    ['委员们到达县城调研。', '达县'],
    ['激发新发展动力区域协调。', '动力区'],
  ])('a former name inside ordinary words stays unmatched: %s', (text, name) => {
    expect(names(text)).not.toContain(name)
  })
})

// Hand-checked sentences: a city's one-character abbreviation alone after a verb of travel or stay and before a word
// of a visit (data/city-abbreviations.tsv), and pairs of cities in the news of their cooperation (data/city-lists.tsv).
describe('places: cities written by one character', () => {
  it.each([
    ['考察团来甬考察交流。', '宁波市'],
    ['会议在穗举行。', '广州市'],
    ['委员们赴蓉学习考察。', '成都市'],
    ['代表团来榕调研。', '福州市'],
    ['调研组抵筑。', '贵阳市'],
    ['推动杭甬一体化发展。', '杭州市'],
    ['推动杭甬一体化发展。', '宁波市'],
    ['广佛同城化加快推进。', '佛山市'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it.each([
    ['麦穗金黄，丰收在望。', '广州市'],
    ['在筑牢防线上下功夫。', '贵阳市'],
    ['在榕树下乘凉。', '福州市'],
    // 杭后 is 杭锦后旗 (乌拉特中旗 pages): 后 closes no visit.
    ['赴杭后、临河、五原考察学习。', '杭州市'],
    ['上有天堂，下有苏杭。', '江苏省'],
    ['推广深化改革经验。', '广州市'],
    ['推广深化改革经验。', '深圳市'],
  ])('%s: no %s', (text, name) => {
    expect(names(text)).not.toContain(name)
  })
})
