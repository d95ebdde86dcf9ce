import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const units = (text: string) => analyzer.analyze(text).committees.filter((c) => c.name.endsWith('部队')).map((c) => [c.name, c.kind, c.region])

// An army unit named by its code of five digits (番号) is a named body, kind other, of no region (dev 115 93920部队, dev 1085
// 84847部队). Expected values by hand; (page N) marks a dev page's sentence, the others were written for this test.
describe('bodies: an army unit named by its code', () => {
  it.each([
    // (page 1085)
    ['满德安1990年入伍,在84847部队服役期间,曾连续多年被评为优秀士兵。', [['84847部队', 'other', null]]],
    // (page 115)
    ['与中国人民解放军火箭军、93920部队、武警中队等单位组成结对子项目。', [['93920部队', 'other', null]]],
    ['解放军61001部队官兵参加活动。', [['解放军61001部队', 'other', null]]],
  ])('%s', (text, expected) => {
    expect(units(text)).toEqual(expected)
  })

  it.each([
    // no code, a year, a code too short or too long: no unit
    ['驻地部队官兵和武警部队参加活动。'],
    ['2023部队建设取得新成效。'],
    ['他在309部队医院工作。'],
    ['全市有123456部队人员。'],
  ])('%s: no unit', (text) => {
    expect(units(text)).toEqual([])
  })
})
