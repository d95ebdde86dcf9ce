import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).places.map((p) => p.name)

// Hand-checked sentences (the class of dev page 421): a village named after a province, city or county (宁夏村) is no
// mention of it (data/village-words.txt), as a road named after one is none (data/road-words.txt).
describe('places: a short form before 村 names a village, not the place', () => {
  it.each([
    ['在青海省海北藏族自治州刚察县泉吉乡宁夏村草场，牧民将羊群赶回羊圈。', '宁夏回族自治区'],
    ['北京的浙江村曾是服装批发集散地。', '浙江省'],
    ['委员们走访了和平村党支部。', '和平县'],
  ])('%s: no %s', (text, name) => {
    expect(names(text)).not.toContain(name)
  })

  it.each([
    // 村 begins a longer word: the place stays.
    ['宁夏村民代表参加座谈。', '宁夏回族自治区'],
    ['委员们到河南村里调研。', '河南省'],
    ['北京村级组织建设经验交流会召开。', '北京市'],
    // The township's official name before the village stays.
    ['在青海省海北藏族自治州刚察县泉吉乡宁夏村草场，牧民将羊群赶回羊圈。', '泉吉乡'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})

// Hand-checked sentences (the class of dev page 945): a village named with 屯 after a province's or county's name (河南屯,
// 北京屯) is no mention of that place either (data/village-words.txt), as one named with 村 is none.
describe('places: a short form before 屯 names a village, not the place', () => {
  it.each([
    ['为长青镇罗钵寺小学，南指挥镇河南屯小学捐赠校服550套。', '河南省'],
    ['委员们来到山东屯村民小组，了解秸秆还田情况。', '山东省'],
    ['调研组深入四川屯开展走访。', '四川省'],
  ])('%s: no %s', (text, name) => {
    expect(names(text)).not.toContain(name)
  })

  it.each([
    // 屯 begins a longer word (屯田, 屯垦), or the town before the village: the place stays.
    ['委员赴河南屯田旧址参观。', '河南省'],
    ['新疆屯垦戍边历史展开展。', '新疆维吾尔自治区'],
    ['为长青镇罗钵寺小学，南指挥镇河南屯小学捐赠校服550套。', '南指挥镇'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})

// Hand-checked sentences (the class of dev pages 423 and 121): a CPPCC platform named after its
// province by its abbreviation (渝事好商量, 辽事好商量, “赣”事好商量) names the province (data/abbreviation-context.tsv, brand).
describe('places: a province abbreviation before the name of a platform', () => {
  it.each([
    ['考察组来到“赣”事好商量——主席微协商议事点。', '江西省'],
    ['市政协召开创建“辽事好商量，聊事为人民”协商平台现场观摩交流会议。', '辽宁省'],
    ['两区政协共建“渝事好商量·有事来协商”共商平台。', '重庆市'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it.each([
    // No abbreviation before it, or the character inside a word.
    ['村里建起“有事好商量”议事室。', []],
    ['大家的事好商量着办。', []],
  ])('%s: no place', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
