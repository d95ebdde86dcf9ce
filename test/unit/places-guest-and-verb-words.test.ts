import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A city's short form or a township's name that is an ordinary word first (data/word-short-forms.txt): 来宾 is a guest
// (每位来宾), 联合街道 a verb before a generic 街道 (将联合街道和有关部门). So read, it named 来宾市 and made the page's
// 区政协 and 区住建局 Guangxi's (dev 1116, a zone's page of 惠州).
describe('来宾 and 联合街道 as words', () => {
  it.each([
    ['工作人员还特意为每位来宾准备了表情道具，区政协委员廖连山参加。', '来宾市'],
    ['区政协委员与来宾代表座谈交流。', '来宾市'],
    ['区住建局表示将联合街道和有关部门召集小区业主代表召开专题座谈会。', '联合街道'],
  ])('%s: no %s', (text, place) => {
    const r = analyzer.analyze(text)
    expect(r.places.map((p) => p.name)).not.toContain(place)
    expect(r.committees.filter((c) => c.region === '广西壮族自治区')).toEqual([])
  })
  // Controls: the name written in full elsewhere, a visit, or the divisions above it written right before.
  it.each([
    ['来宾市政协主席到来宾调研。', '来宾市'],
    ['委员们赴来宾考察。', '来宾市'],
    ['市政协委员走进衡阳市蒸湘区联合街道调研。', '联合街道'],
  ])('%s → %s', (text, place) => {
    expect(analyzer.analyze(text).places.map((p) => p.name)).toContain(place)
  })
})
