import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)
const orgOf = (text: string, person: string) => analyzer.analyze(text).persons.find((p) => p.name === person)?.org

// A relative word (区政协, 县委) on a page that writes its own district only in a campaign slogan in quotes, named after it
// (“公园大渡口、多彩艺术湾”, “平安X”: data/slogan-words.txt), and no place of the word's level: the slogan's region
// (test/fixtures/dev-pages/README.md, relative mentions get the region they mean; dev 1005). Hand-checked truth.
describe('regions: a slogan in quotes names the page’s own region for its relative words', () => {
  it.each([
    // The slogan an item of a quoted list of two; the stem of three characters + 区.
    ['4月7日，区政协十届五次常委会召开。区政协主席张琼主持。为建设“公园大渡口、多彩艺术湾”作出了新贡献。', ['大渡口区政协']],
    // One slogan alone in its quotes.
    ['区政协召开常委会议。会议强调，要为建设“平安大渡口”贡献智慧力量。', ['大渡口区政协']],
    // A county: the stem + 县.
    ['县政协组织委员视察重点项目，助力“幸福庆元”建设。县委、县政府高度重视。', ['庆元县政协', '庆元县委', '庆元县政府']],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected))
  })

  it('a person’s org takes the same region (区政协主席 → 大渡口区政协)', () => {
    expect(orgOf('区政协主席张琼出席会议。会议要求为推动“公园大渡口”建设贡献力量。', '张琼')).toBe('大渡口区政协')
  })

  it.each([
    // Not in quotes: a slogan word before a name in running text is no slogan (美丽大渡口建设 may be a visit's theme).
    ['区政协主席张琼出席。推进美丽大渡口建设。', '区政协', '大渡口区政协'],
    // A slogan of no division: 城市 + 区 is none.
    ['区政协主席张琼出席。为建设“公园城市”作出了新贡献。', '区政协', '城市区政协'],
    // The slogan's stem is no division of the word's level: 大渡口 + 县 is none.
    ['县政协主席张琼出席。建设“幸福大渡口”。', '县政协', '大渡口县政协'],
    // A district written in full wins over the slogan (the page's own district named).
    ['九龙坡区政协主席率队视察。区政协副主席参加。会议强调建设“平安大渡口”。', '九龙坡区政协', '大渡口区政协'],
    // Two slogans of two districts: the page does not say which.
    ['区政协召开会议。学习“公园大渡口”“幸福沙坪坝”经验。', '区政协', '大渡口区政协'],
  ])('%s → %s, not %s', (text, name, wrong) => {
    expect(names(text)).toContain(name)
    expect(names(text)).not.toContain(wrong)
  })
})
