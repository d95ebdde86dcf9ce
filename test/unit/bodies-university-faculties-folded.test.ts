import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.filter((c) => c.kind === 'other').map((c) => c.name)
const orgOf = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)?.org ?? null

// A faculty or college inside a university, written as one word with it, is the university (README: universities named in
// full; dev 645 上海大学生命科学院 → 上海大学, 1150 山东第一医科大学生物医学科学学院 → 山东第一医科大学, 924 聊城职院马克思主义学院
// folded into 聊城职业技术学院; data/university-faculties.tsv). Expected values by hand; (page N) marks a dev page's sentence.
describe('bodies: a faculty written with its university is the university', () => {
  it.each([
    // (page 645)
    ['上海大学生命科学院副院长吉永华上届就是委员。', ['上海大学']],
    // (page 1150)
    ['现场了解了山东第一医科大学生物医学科学学院教授张书平关于学科建设情况的介绍。', ['山东第一医科大学']],
    ['复旦大学经济学院院长张军出席会议。', ['复旦大学']],
    ['中国人民大学马克思主义学院院长刘建军说。', ['中国人民大学']],
    ['南京大学商学院教授李明发言。', ['南京大学']],
    // a university's short form: the faculty names no listed body (page 924)
    ['教育“界别同心汇”由省政协委员、聊城职院马克思主义学院院长孙剑牵头。', []],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })

  it.each([
    ['上海大学生命科学院副院长吉永华上届就是委员。', '吉永华', '上海大学'],
    ['复旦大学经济学院院长张军出席会议。', '张军', '复旦大学'],
  ])('%s: the title is the university\'s', (text, name, org) => {
    expect(orgOf(text, name)).toBe(org)
  })

  it.each([
    // a college named by a place after its university is one of its own (dev 203)
    ['会议邀请了首都经贸大学城市学院的专家学者。', ['首都经贸大学城市学院']],
    // a university's research institutes are no faculties (dev 974, 1138)
    ['南开大学经济研究所研究员王明发言。', ['南开大学经济研究所']],
    // a college standing alone
    ['委员们参观了四川美术学院。', ['四川美术学院']],
    ['中国社会科学院法学研究所研究员李林发言。', ['中国社会科学院法学研究所']],
  ])('%s: kept whole', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })
})
