import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A party department written bare in a list after a democratic party's body takes no region from it: a democratic
// party has its own 组织部 and 宣传部 (765: 民盟山东省委会组织部部长), and a school its own (908: 民盟常州大学总支主委孟启
// 及我校组织部、统战部相关负责人 → no 常州市统战部; 854 → no 全国组织部), as a commission after one is no government body
// (bodies-party-elided.test.ts). Hand-checked by test/fixtures/dev-pages/README.md. Sentences written for this test.

describe('bodies: a bare party department listed after a democratic party’s body', () => {
  it.each([
    ['九三学社常州市委专职副主委张立莹,民盟常州大学总支主委孟启及我校组织部、统战部相关负责人出席仪式。', '常州市统战部'],
    ['民建中国农业科学院支部主委张三及院机关党委、组织部负责人参加。', '全国组织部'],
    ['民革杭州市委会副主委王五、宣传部部长李四出席。', '杭州市宣传部'],
  ])('%s: no %s', (text, wrong) => {
    expect(names(text)).not.toContain(wrong)
  })

  it.each([
    // Controls: after the Communist Party's committee or one of its departments the list is that committee's.
    ['中共兰溪市委常委、统战部部长王五出席。', '兰溪市委统战部'],
    ['县委组织部、宣传部负责人参加会议。', '县委宣传部'],
    ['中共常州市委统战部、组织部负责同志出席。', '常州市委组织部'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})
