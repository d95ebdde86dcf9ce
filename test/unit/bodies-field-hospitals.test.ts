import { describe, expect, it } from 'vitest'
import { foundBodies } from '../helpers.js'

const names = (text: string) => foundBodies(text).map((b) => b.name)

// The hospitals of one field that a district or city names after itself, written after a relative word (区妇产医院, 市工人医院,
// 市儿童医院) as 县人民医院 and 市中医院 are (data/bodies.tsv): the region's full name put in after the relative word
// (test/fixtures/dev-pages/README.md; dev 982 區婦産醫院 → 和平区妇产医院, 976 市工人医院 of 柳州). Sentences written for
// this test; values worked out by hand.
describe('bodies: a district\'s or city\'s hospital of one field after a relative word', () => {
  it.each([
    ['天津和平区政协委员视察了区妇产医院和区中医医院新址。', '和平区妇产医院'],
    ['天津和平區政協委員視察了區婦産醫院和區中醫醫院新址。', '和平区妇产医院'],
    ['柳州市政协主席到市工人医院走访看望政协委员。', '柳州市工人医院'],
    ['长沙市政协委员到市儿童医院调研。', '长沙市儿童医院'],
    ['长沙市政协委员到市肿瘤医院和市口腔医院调研。', '长沙市口腔医院'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it.each([
    // A word of several regions, or no relative word before: no body.
    ['长沙市政协委员调研全市各级妇产医院的建设情况。', '妇产医院'],
    ['委员们建议新建一所儿童医院。', '儿童医院'],
  ])('%s: no body ending %s', (text, end) => {
    expect(names(text).filter((n) => n.endsWith(end))).toEqual([])
  })
})
