import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const kinds = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.kind])

// A party committee written with its region's name alone (宝山区委, 成都市委) on a page of one democratic party's bodies of
// that region is that party's where the page says so: a democratic party's title after it (dev 364: 宝山区委前任主委 on a
// page of 九三学社宝山区第四支社 → 九三学社宝山区委) or the unit of the credit line (dev 1249: 来源:成都市委 on a
// 九三学社成都市委会 page). Never where the page writes a sign of the Communist Party's of it (中共, 区委书记, a paired
// government). Expected values by hand; (page N) marks a dev page's sentence, the others were written for this test.
const BRANCH = '九三学社宝山区第四支社召开组织生活会。'
describe('bodies: a democratic party\'s committee written with its region alone', () => {
  it.each([
    // (page 364)
    [`${BRANCH}沈勇民秘书长介绍了宝山区委的基本情况,并感谢宝山区委前任主委李小年促成本次会议。`, [['九三学社宝山区第四支社', 'democratic-party'], ['九三学社宝山区委', 'democratic-party']]],
    // (page 1249)
    ['社成都市第十三届委员会全体会议召开\n来源:成都市委\n2月11日,九三学社成都市第十三届委员会第八次全体会议在成都召开。中共成都市委统战部常务副部长戴浚出席会议,希望九三学社成都市委会以此为新起点。',
      [['九三学社成都市委会', 'democratic-party'], ['成都市委统战部', 'party']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected)
  })

  it.each([
    // a title of the Party's after it: the CPC's
    [`${BRANCH}宝山区委书记李四出席,宝山区委前任主委李小年讲话。`, '宝山区委'],
    // 中共 written before it
    [`${BRANCH}中共宝山区委统战部、中共宝山区委领导出席,宝山区委前任主委李小年讲话。`, '宝山区委'],
    // a government paired with it
    [`${BRANCH}宝山区委、区政府领导出席,宝山区委前任主委李小年讲话。`, '宝山区委'],
    // no word of the party's about it: as read
    [`${BRANCH}沈勇民介绍了宝山区委的基本情况。`, '宝山区委'],
    // bodies of two parties of the region: whose is not said
    [`${BRANCH}民盟宝山区委召开会议。宝山区委秘书长沈勇民感谢宝山区委前任主委李小年。`, '宝山区委'],
  ])('%s: stays the Communist Party\'s', (text, name) => {
    expect(kinds(text)).toContainEqual([name, 'party'])
  })
})
