import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Round 18 (zxorgans report; dev 632): a member's title written right before an institution (政协委员 + 南京大学, 港澳委员 +
// 澳门书画研究院) is the title of a person or a group, no part of the institution's name (data/member-words.txt).
// Sentences of our own; expected names worked out by hand from GUIDE.md.
const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

describe('bodies: a member title before an institution is not part of its name', () => {
  it.each([
    ['政协委员南京大学教授张三出席。', '南京大学'],
    ['活动由港澳委员澳门书画研究院承办。', '澳门书画研究院'],
    ['市政协常委中山大学附属医院院长李四发言。', '中山大学附属医院'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
    expect(names(text).filter((n) => n.endsWith(name) && n !== name)).toEqual([])
  })

  // Controls: names that hold no member's title stay whole.
  it.each([
    ['委员们走访了杭州师范大学附属医院。', '杭州师范大学附属医院'],
    ['委员们来到南京大学参观。', '南京大学'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})
