import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A party committee written right before a name and its 书记 (副书记, 常委) right after it are one title, as when written
// together (市委郭元强书记 → 市委书记, org the 市委: test/fixtures/dev-pages/README.md, a party committee + 书记 is one title;
// gold of dev 974 and of 区委张霁书记). Sentences written for this test; values worked out by hand.
describe('persons: a party committee before a name and its 书记 after it are one title', () => {
  it.each([
    ['武汉市政协召开会议。市委郭元强书记出席并讲话。', '郭元强', ['市委书记'], '武汉市委'],
    ['秀英区委张霁书记出席揭牌仪式。', '张霁', ['区委书记'], '秀英区委'],
    ['中共吉林省委王明副书记讲话。', '王明', ['省委副书记'], '吉林省委'],
    // After a title and 、 (an item no title names is skipped): the second title is still the committee's.
    ['海口市政协副主席、秀英区委张霁书记等出席。', '张霁', ['副主席', '区委书记'], '海口市政协'],
  ])('%s: %s', (text, name, roles, org) => {
    const p = person(text, name)
    expect(p?.roles).toEqual(roles)
    expect(p?.org).toBe(org)
  })

  it.each([
    // Not a party committee: the title stays as written (README: the body goes to org).
    ['致公党贵州省委史武钢副巡视员出席。', '史武钢', ['副巡视员'], '致公党贵州省委'],
    ['海曙区委统战部李明部长出席。', '李明', ['部长'], '海曙区委统战部'],
    ['市政协张三主席出席。', '张三', ['主席'], '市政协'],
  ])('%s: %s keeps %j', (text, name, roles, org) => {
    const p = person(text, name)
    expect(p?.roles).toEqual(roles)
    expect(p?.org).toBe(org)
  })
})
