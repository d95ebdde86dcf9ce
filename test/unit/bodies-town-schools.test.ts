import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)
const schools = (text: string) => committees(text).filter((c) => /(?:小学|中学|学校|幼儿园)$/.test(c.name)).map((c) => c.name)

// A school named from the short form of a township the page writes in full is that township's, named as written
// (GUIDE.md: public institutions stay; dev-pages README: a local institution's region is the township it is named
// from where the page names it as a division). Expected values by hand; (page N) marks a dev page's sentence, (survey)
// one of a survey page of round 15, the others were written for this test.
describe('bodies: a school named from a township written short', () => {
  it.each([
    // (page 834, in simplified characters)
    ['调研组到安厚镇、大溪镇、九峰镇调研。调研组一行先后到安厚中学、安厚中心幼儿园、大溪中学、九峰中心小学实地察看。', [['安厚中学', '安厚镇'], ['安厚中心幼儿园', '安厚镇'], ['大溪中学', '大溪镇'], ['九峰中心小学', '九峰镇']]],
    // (page 202)
    ['胡安虎一行先后深入魏城小学、仙鹤镇金龙村调研。魏城镇、仙鹤镇负责人参加了调研活动。', [['魏城小学', '魏城镇']]],
    // (survey: 璧山区)
    ['区政协三合镇委员小组视察乡村学校。委员们一行来到三合小学实地参观。', [['三合小学', '三合镇']]],
    ['县政协委员到石门乡调研,先后走访了石门中学和石门中心小学。', [['石门中学', '石门乡'], ['石门中心小学', '石门乡']]],
  ])('%s', (text, expected) => {
    for (const [name, region] of expected as [string, string][]) expect(body(text, name)).toMatchObject({ kind: 'other', region })
  })

  it.each([
    // no township of that name written in full: the short word alone is no place
    ['安厚的中学和小学都很好,安厚镇的干部说。'],
  ])('%s: no school named from a township', (text) => {
    expect(schools(text)).toEqual([])
  })

  it('no township of that name written in full: the school is named by its own name, of no township (round 19)', () => {
    expect(committees('委员们来到三合小学实地参观。').map((c) => [c.name, c.region])).toEqual([['三合小学', null]])
  })

  it('a township written in full before the school stays one name (前曹镇中心小学)', () => {
    expect(schools('在实地参观了前曹镇中心小学、县第三中学后座谈。')).toContain('前曹镇中心小学')
  })

  // Schools named by a village or their own word (后时中学, 金童幼儿园, 十字铺茶场中学; dev 834, 837) are not read yet.
  it.fails('(page 834) a school named from a village the page writes in another name (后时 of 大溪镇后时幼儿园)', () => {
    expect(schools('调研组在平和四中、后时中学分别召开座谈会。')).toContain('后时中学')
  })
})

// The stem is the township's name without its own suffix (镇, 乡, 街道, 苏木: data/division-suffixes.tsv), never
// one unit more: 白马寺镇's stem is 白马寺, not 白马; 光明街道's is 光明, not 光明街. A stem that is a word schools are
// named by everywhere (中心, 实验, 光明, 红旗, 育才: data/school-lead-words.txt) names no township's school, and the
// longest stem written wins. Review of round 15; sentences written for this test, expected values by hand.
describe("bodies: a township's school only from its own stem", () => {
  it.each([
    ['近日,洛阳市白马寺镇召开会议。白马中学负责人参加。', '白马中学', '白马寺镇'],
    ['四川省宣汉县中心镇召开会议,宣汉县实验中心小学、中心小学的老师参加。', '中心小学', '中心镇'],
    ['长春市朝阳区光明街道召开会议,光明中学负责人参加。', '光明中学', '光明街道'],
  ])("%s: %s is no school of %s", (text, name, township) => {
    expect(body(text, name)?.region ?? null).not.toBe(township)
  })

  it.each([
    ['近日,洛阳市白马寺镇召开会议。白马寺中学负责人参加。', '白马寺中学', '白马寺镇'],
    ['委员们来到宣汉县天生镇,走访了天生中学。', '天生中学', '天生镇'],
    ['调研组到凤凰街道和凤凰山街道调研,走访了凤凰山小学。', '凤凰山小学', '凤凰山街道'],
  ])('%s → %s of %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'other', region })
  })

  // Known gap: the place stage keeps 红旗 as the short form of 红旗街道 written before it (places, not this rule), and
  // the school is then named from that place.
  it.fails('(place short form) 红旗小学 beside 红旗街道 is no school of it', () => {
    expect(body('会议在哈尔滨市南岗区红旗街道召开,红旗小学、育才中学的校长参加。', '红旗小学')?.region ?? null).not.toBe('红旗街道')
  })
})
