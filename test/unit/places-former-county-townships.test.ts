import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const parentOf = (text: string, name: string) => analyzer.analyze(text).places.find((p) => p.name === name)?.parent

// Hand-checked sentences (the class of dev pages 945, 432 and 838): a page written before its county became a district or a
// city of the same stem names the county that ended (凤翔县, 金坛市, 吴江市: data/former-divisions.tsv); the townships it writes
// lay in that county then, and their parent is the one the page names, not the district of today.
describe('places: the townships of a former county the page names have it for their parent', () => {
  it.each([
    ['凤翔县政协工会界别活动组为横水镇东白村小学、彪角镇冯家村小学捐赠校服。', '横水镇', '凤翔县'],
    ['凤翔县政协工会界别活动组为横水镇东白村小学、彪角镇冯家村小学捐赠校服。', '彪角镇', '凤翔县'],
    ['金坛市政协组织委员赴薛埠镇视察茶叶产业。', '薛埠镇', '金坛市'],
    ['委员们走访了吴江市平望镇顾扇村。', '平望镇', '吴江市'],
  ])('%s: %s in %s', (text, town, county) => {
    expect(parentOf(text, town)).toBe(county)
  })

  it.each([
    // The county of today named, or no county named: the district of today.
    ['凤翔区政协组织委员到横水镇调研。', '横水镇', '凤翔区'],
    ['宝鸡市政协组织委员到彪角镇调研。', '彪角镇', '凤翔区'],
  ])('%s: %s in %s', (text, town, county) => {
    expect(parentOf(text, town)).toBe(county)
  })
})
