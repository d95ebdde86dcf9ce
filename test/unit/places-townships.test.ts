import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const places = (text: string) => analyzer.analyze(text).places
const names = (text: string) => places(text).map((p) => p.name)

describe('places: townships newer than the gazetteer, written right after their county (src/places/unlisted.ts)', () => {
  it.each([
    // [sentence, township, county]
    ['唐河县东城街道党工委书记参加调研', '东城街道', '唐河县'],
    ['委员们来到绍兴市越城区蕺山街道书圣社区', '蕺山街道', '越城区'],
    ['郏县东城街道政协联络组开展活动', '东城街道', '郏县'],
    ['桐乡市濮院镇政协联络组成立', '濮院镇', '桐乡市'],
    ['陳長興主席一行在越城蕺山街道書圣社區調研', '蕺山街道', '越城区'],
    ['东城街道政协召开会议。唐河县东城街道政协坚持问题导向。', '东城街道', '唐河县'],
  ])('%s → %s under %s', (text, name, county) => {
    const p = places(text).find((x) => x.name === name)
    expect(p, JSON.stringify(names(text))).toBeDefined()
    expect(p!.parent).toBe(county)
  })

  it.each([
    ['唐河县重点镇建设稳步推进', '重点镇'],
    ['唐河县特色小镇建设', '特色小镇'],
    ['该县各乡镇负责人参加会议', '各乡镇'],
    ['在城西庄电商小镇，一场直播正在进行', '庄电商小镇'],
  ])('a common word after a county is no township: %s', (text, word) => {
    expect(names(text)).not.toContain(word)
  })
})

describe('places: a county’s proper name visited or before a word only places take (赴安岳考察, 安岳石刻, 南康籍)', () => {
  it.each([
    ['委员们到安岳考察石刻保护工作', '安岳县'],
    ['縣政協主席率隊赴長陽考察', '长阳土家族自治县'],
    ['加强安岳石刻保护利用', '安岳县'],
    ['南康籍委员参加座谈', '南康区'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it.each([
    ['市政协组织委员赴资源考察', '资源县'],
    ['委员赴基层调研', '基层'],
  ])('a common word is no county: %s', (text, name) => {
    expect(names(text)).not.toContain(name)
  })
})

describe('places: a township’s official name that is a word first needs its county (data/word-short-forms.txt)', () => {
  it.each([
    ['县政协开展视察，了解美丽乡村建设和小城镇建设情况。', '小城镇'],
    ['全省重点中心镇建设推进会召开', '中心镇'],
  ])('no township: %s', (text, word) => {
    expect(names(text)).not.toContain(word)
  })

  it('with its county named: 舒兰市小城镇', () => {
    expect(places('舒兰市小城镇政协工作联络组成立').find((p) => p.name === '小城镇')?.parent).toBe('舒兰市')
  })
})

describe('places: a county page names a town in full, then by its stem (新安镇 … 新安)', () => {
  it.each([
    ['县政协委员来到新安镇考察。希望立足新安、跳出新安。县政协主席参加。', '新安镇', '新安县'],
  ])('%s → %s, not %s', (text, town, county) => {
    expect(names(text)).toContain(town)
    expect(names(text)).not.toContain(county)
  })
})

describe('places: a county’s rare place name before a body’s organ, on a page of that county (临澧政府网)', () => {
  it('临澧政府网 on a page of 县政协 → 临澧县', () => {
    expect(names('来源：临澧政府网。县政协副主席郭祖福参加视察。')).toContain('临澧县')
  })

  it('a county’s name inside another name, no body after it, is no place: 长白岛 on a page of 市县政协', () => {
    expect(names('关于《加强长白岛管理与维护》的提案得到批示。常态化开展市县政协联动。')).not.toContain('长白朝鲜族自治县')
  })
})

describe('places: railways and expressways named by the cities they join (data/city-lists.tsv)', () => {
  it.each([
    ['川渝两省市将联合推进渝昆高铁建设', ['重庆市', '昆明市']],
    ['沪昆高铁贯通后客流大增', ['上海市', '昆明市']],
    ['兰渝铁路沿线调研', ['兰州市', '重庆市']],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected))
  })

  it('not inside another word: 东京昆虫展', () => {
    expect(names('东京昆虫展吸引了许多观众')).not.toContain('昆明市')
  })
})

describe('places: county short forms listed beside a sibling that stays a place', () => {
  it.each([
    ['委员们先后到唐河、新野、社旗三县调研', ['唐河县', '新野县', '社旗县']],
    ['市政协调研组到邓州、唐河调研', ['邓州市', '唐河县']],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected))
  })

  it('an ordinary word beside it stays a word: 到邓州、红旗渠参观', () => {
    expect(names('到邓州、红旗渠参观学习')).not.toContain('红旗区')
  })
})
