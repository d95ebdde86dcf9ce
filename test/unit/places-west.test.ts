import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Places of western and minority regions as their news writes them: autonomous counties by stem and 县 where the segmenter
 * knows no word, counties renamed since (那曲县, 米林县), Beijing's 地区 by their 镇 or 乡, corridors written one character
 * a city (哈大齐). Expected values checked by hand against the gazetteer (data/divisions.tsv).
 */
const places = (text: string) => analyzer.analyze(text).places.map((p) => [p.name, p.parent])
const names = (text: string) => analyzer.analyze(text).places.map((p) => p.name)

describe('an autonomous county written as its stem and 县, a word the segmenter does not know', () => {
  it.each([
    ['调研组赴屏边县实地调研。', '屏边苗族自治县', '红河哈尼族彝族自治州'],
    ['委员们到金平县考察边境贸易。', '金平苗族瑶族傣族自治县', '红河哈尼族彝族自治州'],
    ['调研组前往河口县调研。', '河口瑶族自治县', '红河哈尼族彝族自治州'],
  ])('%s → %s', (text, name, parent) => expect(places(text)).toEqual([[name, parent]]))

  it.each([['县镇乡和县级部门负责人参加。'], ['边县边乡都要抓好落实。']])('no county inside other words: %s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('counties renamed since, named by their old full name (data/former-divisions.tsv)', () => {
  it.each([
    ['基层党建联系点西藏自治区那曲县罗玛镇部分基层干部到我区考察。', '那曲县', '那曲市'],
    ['自治区人大代表、林芝市米林县南伊珞巴民族乡琼林村党支部书记达娃。', '米林县', '林芝市'],
    ['昌都县政协组织委员视察。', '昌都县', '昌都市'],
  ])('%s → %s', (text, name, parent) => expect(places(text)).toContainEqual([name, parent]))

  it.each([
    ['调研组赴那曲调研。', '那曲市', '那曲县'],
    ['委员们来到林芝考察。', '林芝市', '林芝县'],
  ])('the stem alone stays today’s division: %s → %s, not %s', (text, name, former) => {
    expect(names(text)).toContain(name)
    expect(names(text)).not.toContain(former)
  })
})

describe('Beijing’s 地区 written as the 镇 or 乡 of their name (data/division-suffixes.tsv)', () => {
  it.each([
    ['喇灿一行先后到妙峰山镇水峪嘴村及王平镇韭园村考察。', '王平地区', '门头沟区'],
    ['朝阳区南磨房乡党委书记介绍情况。', '南磨房地区', '朝阳区'],
    ['顺义区后沙峪镇政协委员工作室揭牌。', '后沙峪地区', '顺义区'],
  ])('%s → %s', (text, name, parent) => expect(places(text)).toContainEqual([name, parent]))

  it.each([
    // A town of that name elsewhere is that town, not Beijing's 地区.
    ['山西省大同市阳高县龙泉镇', '龙泉镇'],
    ['四川省成都市龙泉驿区龙泉街道', '龙泉街道'],
  ])('official names elsewhere keep their division: %s', (text, name) => {
    expect(names(text)).toContain(name)
    expect(names(text)).not.toContain('龙泉地区')
  })

  it('a town named like a 地区 elsewhere is the town of the page: 开州区温泉镇', () => {
    const p = analyzer.analyze('重庆市开州区温泉镇召开协商会。').places.find((x) => x.name === '温泉镇')
    expect(p?.parent).toBe('开州区')
    expect(names('重庆市开州区温泉镇召开协商会。')).not.toContain('温泉地区')
  })
})

describe('corridors and city clusters written one character a city (data/city-lists.tsv)', () => {
  it.each([
    ['把肇东、安达项目区建设成为哈大齐工业走廊。', ['哈尔滨市', '大庆市', '齐齐哈尔市']],
    ['推进乌昌一体化发展。', ['乌鲁木齐市', '昌吉回族自治州']],
    ['哈长城市群建设加快推进。', ['哈尔滨市', '长春市']],
  ])('%s', (text, want) => expect(names(text)).toEqual(want))

  it.each([['五哈长']])('not inside another word: %s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('an autonomous county’s stem alone on a page of its prefecture', () => {
  it.each([
    ['民革红河州委会主委陈军陪同调研。助力屏边高质量发展。', '屏边苗族自治县'],
    ['红河州政协调研组到屏边调研。', '屏边苗族自治县'],
  ])('%s → %s', (text, name) => expect(names(text)).toContain(name))

  it('not without its prefecture: 助力屏边高质量发展', () => expect(names('助力屏边高质量发展。')).toEqual([]))
})

describe('a longer name that begins with 和 after a word is the division (和 县 is the doubt of 和县 only)', () => {
  it.each([
    ['政协委员到和静县调研。', '和静县'],
    ['调研组到和田市考察。', '和田市'],
    ['委员们赴和林格尔县调研。', '和林格尔县'],
  ])('%s → %s', (text, name) => expect(names(text)).toContain(name))

  it.each([['市委和县委领导出席。'], ['会议和县政协联合举办。']])('the conjunction and a relative word: %s', (text) => {
    expect(names(text)).not.toContain('和县')
  })
})
