import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Round 18 (persons report: 任县政协 cut as the county 任县): a verb of holding a post before the titles of a name.
// 任 glued by the segmenter to the relative word after it (任县 is a county of 邢台) still lets the body begin there
// (data/function-words.tsv, before-relative), and 现任, 兼任 give the titles after them as 任 does (data/title-words.tsv,
// elects). Sentences of our own; expected values worked out by hand from GUIDE.md (relative bodies as written, region null
// where no place is written).
const analyze = (text: string) => analyzer.analyze(text)

describe('persons: titles after a verb of holding a post', () => {
  it.each([
    ['2018年，王建国任县政协副主席。', '王建国', ['副主席'], '县政协'],
    ['刘晓明现任县委常委、组织部部长。', '刘晓明', ['县委常委', '部长'], '县委'],
    ['王建国兼任县政协副主席。', '王建国', ['副主席'], '县政协'],
    ['李红梅同志现任市政协副秘书长、办公室主任。', '李红梅', ['副秘书长', '办公室主任'], '市政协'],
  ])('%s → %s %j of %s', (text, name, roles, org) => {
    const r = analyze(text)
    expect(r.persons.find((p) => p.name === name)).toMatchObject({ roles, org })
    expect(r.committees.map((c) => c.name)).toContain(org)
    expect(r.places).toEqual([])
  })

  // Controls: 任 inside another word before 区 (责任区), and 现任 before no title.
  it.each([
    ['办公室负责同志和责任区干部参加。', []],
    ['现任领导班子成员全部到会。', []],
  ])('%s → no body', (text, bodies) => {
    expect(analyze(text).committees.map((c) => c.name)).toEqual(bodies)
  })
})
