import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A head's title written alone (院长, 副院长) is of the institution the article has named before it: a hospital, a
// college (kind other), or a court (data/roles.tsv, column of), as 主委 is of the party the article is about (dev 976:
// 到柳州市工人医院…院长李兵 → 柳州市工人医院; dev 926). 医院 before a title names that hospital again (医院党委书记). Sentences written for this
// test; values worked out by hand.
describe('persons: a head\'s title written alone takes the institution named before', () => {
  it.each([
    ['11月20日,市政协主席陈虹到柳州市工人医院走访看望委员,院长李兵陪同。', '李兵', '柳州市工人医院'],
    // 医院 before a title names again the hospital named before (data/self-institution-words.tsv), as 学院 and 学校 do.
    ['11月20日,市政协主席陈虹到柳州市工人医院走访看望委员。在医院党委书记胡灼君的陪同下,走访了科室。', '胡灼君', '柳州市工人医院'],
    ['区政协主席率队赴淮安区人民法院视察,院长黄波陪同。', '黄波', '淮安区人民法院'],
  ])('%s: %s → %s', (text, name, org) => {
    expect(person(text, name)?.org).toBe(org)
  })

  it.each([
    // No institution named before: the title says no body.
    ['11月20日,市政协主席陈虹走访看望委员,院长李兵陪同。', '李兵'],
    ['11月20日,市政协主席陈虹走访看望委员,医院党委书记胡灼君陪同。', '胡灼君'],
    // 校长 is not read so: a school named before is no head's body where the report writes a word of several (全县学校校长).
    ['委员们到聊城大学调研。全县学校校长王强参加。', '王强'],
  ])('%s: %s → null', (text, name) => {
    expect(person(text, name)?.org ?? null).toBeNull()
  })
})
