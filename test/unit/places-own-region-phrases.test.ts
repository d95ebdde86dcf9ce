import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A county's short form with no town of its own, no parent and no full name on the page: county and district pages
// close their reports with a phrase of their own development (推动白云高质量发展, 作出建瓯贡献: data/own-region-phrases.tsv).
// On a page that speaks of its own region at that level (区政协, 市委) and names no other division of that suffix, the
// short form so framed is the page's own county.
describe('a county named short in a phrase of its own development', () => {
  it.each([
    // 白云 (a word and a person's name to the segmenter; 白云区 of 广州 and of 贵阳: one name either way)
    ['区政协主席带队到区住房建设和交通局召开提案办理协商座谈会，汇聚推动白云高质量发展强大合力。', '白云区'],
    // 建瓯 (a common noun to the segmenter), with 市政协 and 市委
    ['市政协召开常委会议，市委常委出席。大家表示，要为加快建设示范区作出建瓯贡献。', '建瓯市'],
    ['市政协组织委员视察重点项目，委员们表示将助力兰溪发展。', '兰溪市'],
  ])('%s → %s', (text, place) => {
    expect(analyzer.analyze(text).places.map((p) => p.name)).toContain(place)
  })

  it('its relative bodies resolve to it', () => {
    const r = analyzer.analyze('区政协主席带队调研，汇聚推动白云高质量发展强大合力。')
    expect(r.committees.map((c) => c.name)).toEqual(['白云区政协'])
  })
})

describe('no county read from a development phrase without the page speaking of its own region alone', () => {
  it.each([
    // no body of the county's level on the page (区政协, 市委): the phrase alone is no evidence
    ['专家认为，要为加快建设示范区作出建瓯贡献。', '建瓯市'],
    ['会议汇聚推动白云高质量发展强大合力。', '白云区'],
    // the page names another district: 白云 may be a word or another district's writer
    ['区政协主席带队到天河区调研，汇聚推动白云高质量发展强大合力。', '白云区'],
    // the word stands outside the phrase (蓝天白云), not framed on both sides
    ['区政协组织委员植树，蓝天白云下大家干劲十足，推动高质量发展。', '白云区'],
    // the page speaks of a 县 of its own, and 兰溪 is a 市
    ['县政协组织委员视察重点项目，委员们表示将助力兰溪发展。', '兰溪市'],
    // framed on one side only
    ['市政协委员说，建瓯贡献了很多茶叶。', '建瓯市'],
  ])('%s: no %s', (text, place) => {
    expect(analyzer.analyze(text).places.map((p) => p.name)).not.toContain(place)
  })
})

// The county's own media named after it (川汇新闻, 宜都融媒): the same page, the same guards.
describe("a county named short in its own media's name", () => {
  it('区政协 … 来源:川汇视窗: 川汇区', () => {
    const r = analyzer.analyze('区政协主席带队视察重点提案办理工作。来源:川汇视窗 浏览:1059')
    expect(r.places.map((p) => p.name)).toEqual(['川汇区'])
  })

  it.each([
    // no body of the county's level on the page
    ['专家到企业调研。来源:川汇视窗', '川汇区'],
    // the page names another district in full
    ['区政协主席带队到魏都区视察。来源:川汇视窗', '川汇区'],
    // 网 alone is no county media's word: 光明网, 新华网 are national
    ['区政协主席带队视察。来源:光明网', '光明区'],
    // two districts' media on one page: which is the page's own is unknown
    ['区政协召开会议。\n川汇新闻 白云新闻', '川汇区'],
    ['区政协召开会议。\n川汇新闻 白云新闻', '白云区'],
  ])('%s: no %s', (text, place) => {
    expect(analyzer.analyze(text).places.map((p) => p.name)).not.toContain(place)
  })
})

// A slogan word (data/slogan-words.txt) frames the page's own county as a word of position `before` does: in quotes
// (为“绿色周至”添绿) or before a word of position `after` (加快美丽周至发展). Dev 965, where the segmenter reads 周至 as
// a time word, no proper name (round 18). Same guards: a body of the county's level, no other county of that suffix.
describe('a county named short in a slogan of its own development', () => {
  it.each([
    ['县政协召开常委会议。委员们义务植树，为“绿色周至”、“生态周至”添绿。', '周至县'],
    ['县政协召开常委会议。蒋选亮强调，要为加快美丽周至发展作出贡献。', '周至县'],
    ['区政协组织委员视察，为“平安白云”建设献计出力。', '白云区'],
  ])('%s → %s', (text, place) => {
    const r = analyzer.analyze(text)
    expect(r.places.map((p) => p.name)).toContain(place)
    expect(r.committees.map((c) => c.name)).toContain(`${place}政协`)
  })

  it.each([
    // no body of the county's level on the page
    ['委员们义务植树，为“绿色周至”添绿。', '周至县'],
    // the page names another county in full
    ['县政协组织委员到蓝田县视察，为“绿色周至”添绿。', '周至县'],
    // a slogan word before the short form, but neither quotes nor a word of position `after`
    ['县政协召开会议。美丽周至的风光令人难忘。', '周至县'],
    // a 区 short form on a page that speaks of its 县
    ['县政协召开会议，为“平安白云”建设献计出力。', '白云区'],
  ])('%s: no %s', (text, place) => {
    expect(analyzer.analyze(text).places.map((p) => p.name)).not.toContain(place)
  })
})

// 推进 and 聚焦 open the same closing phrases (推进槐荫经济社会高质量发展, 聚焦槐荫发展大局: dev 1100, a district page that
// writes its name only so). Round 21. The same guards hold: a body of the county's level, both sides framed.
describe('a county named short after 推进 or 聚焦 in a phrase of its own development', () => {
  it.each([
    ['区委书记来到区政协讨论组，委员们紧紧围绕推进槐荫经济社会高质量发展建言献策。', '槐荫区'],
    ['区政协召开常委会议，希望各位委员继续聚焦槐荫发展大局，多献科学之策。', '槐荫区'],
    ['县政协组织委员视察，委员们表示要推进蓝山高质量发展。', '蓝山县'],
  ])('%s → %s', (text, place) => {
    const r = analyzer.analyze(text)
    expect(r.places.map((p) => p.name)).toContain(place)
    expect(r.committees.map((c) => c.name)).toContain(`${place}政协`)
  })

  it.each([
    // no body of the county's level on the page
    ['委员们紧紧围绕推进槐荫经济社会高质量发展建言献策。', '槐荫区'],
    // framed before only: 聚焦 with no word of development after
    ['区政协召开常委会议，镜头聚焦槐荫公园的游客。', '槐荫区'],
    // the page names another district in full
    ['区政协主席到天河区调研，推进白云高质量发展。', '白云区'],
  ])('%s: no %s', (text, place) => {
    expect(analyzer.analyze(text).places.map((p) => p.name)).not.toContain(place)
  })
})
