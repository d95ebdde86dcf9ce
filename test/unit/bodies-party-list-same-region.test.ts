import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.kind])

// A region's committee listed after a democratic party's committee of the same region is no second committee of that
// party but the Communist Party's (民进静安区委、静安区委、区政协领导出席: the party's district committee, the CPC's
// district committee, the CPPCC); one of another region still is the party's (农工党徐汇区委、宝山区委, dev 858).
// Sentences written for this test; expected values by hand.
describe('bodies: a listed committee repeating the region of the party committee before it is the CPC’s', () => {
  it.each([
    ['民进静安区委、静安区委、区政协领导出席。', '静安区委', 'party'],
    ['民进静安区委、静安区委、区政协领导出席。', '民进静安区委', 'democratic-party'],
    ['民盟南京市委、南京市委、市政协领导出席会议。', '南京市委', 'party'],
    ['农工党徐汇区委、宝山区委、宝山区政协作交流发言。', '宝山区委', 'democratic-party'],
    ['农工党徐汇区委、宝山区委、长宁区委作交流发言。', '长宁区委', 'democratic-party'],
  ])('%s: %s is %s', (text, name, kind) => {
    expect(committees(text)).toContainEqual([name, kind])
  })
})
