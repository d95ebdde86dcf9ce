import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A head's title written alone (院长, 副院长, 校长, 副校长) is of the institution the article has named before it: a
// hospital, a college, a school (kind other), or for 院长 a court (data/roles.tsv, column of), as 主委 is of the party
// the article is about (dev 976: 到柳州市工人医院…院长李兵 → 柳州市工人医院; dev 926 罗岭中学). Sentences written for this
// test; values worked out by hand.
describe('persons: a head\'s title written alone takes the institution named before', () => {
  it.each([
    ['11月20日,市政协主席陈虹到柳州市工人医院走访看望委员,院长李兵陪同。', '李兵', '柳州市工人医院'],
    ['县政协委员到平和县第一中学调研,副校长王强介绍了情况。', '王强', '平和县第一中学'],
    ['区政协主席率队赴淮安区人民法院视察,院长黄波陪同。', '黄波', '淮安区人民法院'],
  ])('%s: %s → %s', (text, name, org) => {
    expect(person(text, name)?.org).toBe(org)
  })

  it.each([
    // No institution named before: the title says no body.
    ['11月20日,市政协主席陈虹走访看望委员,院长李兵陪同。', '李兵'],
  ])('%s: %s → null', (text, name) => {
    expect(person(text, name)?.org ?? null).toBeNull()
  })
})
