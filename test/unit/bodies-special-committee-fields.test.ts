import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)
const names = (text: string) => committees(text).map((c) => c.name)

// A CPPCC special committee whose name is a stem of field words (data/special-committee-fields.txt) joined by
// 和/与/及, written after 政协: one special committee, however long the stem and whatever the segmenter made of
// it. Sentences from dev pages 339, 572, 588, 589, 624; expected values written by hand from GUIDE.md
// (special committees: <region>政协 + the committee as written, kind cppcc-special).
describe('bodies: special committees named by a stem of field words', () => {
  it.each([
    ['7月30日至31日,保山市政协民族宗教华侨和外事委组织部分市政协委员开展调研。', '保山市政协民族宗教华侨和外事委', '保山市'],
    ['北京市政协教卫体和文化文史委组织委员视察。', '北京市政协教卫体和文化文史委', '北京市'],
    ['5月20日,哈尔滨市政协城乡建设资源环境委员会组织部分委员开展调研。', '哈尔滨市政协城乡建设资源环境委员会', '哈尔滨市'],
    ['本溪满族自治县政协文化宣传和文史资料委员会召开会议。', '本溪满族自治县政协文化宣传和文史资料委员会', '本溪满族自治县'],
    ['崇左市政协外事侨务民族委主任黄绍旺出席。', '崇左市政协外事侨务民族委', '崇左市'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'cppcc-special', region })
  })

  it.each([
    // 委 of 委员 ends no committee of field words.
    ['市政协华侨和外事委员张三发言。', '市政协华侨和外事委'],
    ['淮安市政协经济界别委员李明发言。', '淮安市政协经济界别委'],
  ])('%s: no %s', (text, name) => {
    expect(names(text)).not.toContain(name)
  })

  // 港澳委员 are the 政协's members from Hong Kong and Macao (dev 525; 港澳 is no field word alone), but a
  // sentence alone still reads 港澳 + 委员会 in whole nouns (as main did before this class): a known gap.
  it.fails('省政协港澳委员会通过省海外联谊会捐款: no 港澳委员会', () => {
    expect(names('省律师协会捐款50万元,甘肃省政协港澳委员会通过省海外联谊会捐款。')).not.toContain('甘肃省政协港澳委员会')
  })
})
