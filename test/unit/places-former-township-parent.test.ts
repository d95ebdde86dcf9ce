import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const parentOf = (text: string, town: string) => analyzer.analyze(text).places.find((p) => p.name === town)?.parent ?? null

// Round 20b (dev 948: 菁华铺乡 on a 2012 page of 县政协, gold parent 宁乡县). A page that speaks of its own county by 县
// (县政协, 县委) and never by the 市 or 区 of the division of today that the county became under the same stem was written
// before the change: the townships it writes lay in the county then, though the page never writes the county (as
// test/unit/places-former.test.ts does for a page that writes the county short: 广德新闻网 … 卢村乡 → 广德县). Expected
// values hand-checked against data/divisions.tsv and data/former-divisions.tsv (宁乡县 → 宁乡市 2017, 广德县 → 广德市 2019,
// 綦江县 → 綦江区 2011).
describe('places: townships on a page of 县 words lay in the former county of their county’s stem', () => {
  it.each([
    ['县政协副主席程万谋率政协委员来到菁华铺乡老年服务中心，为敬老院的老人送去慰问品。', '菁华铺乡', '宁乡县'],
    ['县委书记到誓节镇、柏垫镇调研，县政协主席陪同。', '誓节镇', '广德县'],
    ['县政协组织委员到打通镇视察煤矿整治工作。', '打通镇', '綦江县'],
  ])('%s → %s of %s', (text, town, parent) => {
    expect(parentOf(text, town)).toBe(parent)
  })

  it.each([
    // Controls: the page speaks of its 市 (today's county-level city), of both, or of no level at all.
    ['市政协副主席率政协委员来到菁华铺乡老年服务中心。', '菁华铺乡', '宁乡市'],
    ['县政协委员来到菁华铺乡，市政协副主席出席。', '菁华铺乡', '宁乡市'],
    ['委员们来到菁华铺乡老年服务中心。', '菁华铺乡', '宁乡市'],
    // …or the 县 words are another county's, written on the page (长沙县政协 … 菁华铺乡).
    ['长沙县政协委员到菁华铺乡考察，县政协副主席讲话。', '菁华铺乡', '宁乡市'],
    // …or the county of today has no former county of that suffix (义乌市's 佛堂镇).
    ['县政协委员到佛堂镇考察。', '佛堂镇', '义乌市'],
    // …or a division above the county bears the suffix (市政协 on a page of 萧山区's 瓜沥镇: 杭州市's words, not 萧山市's).
    ['市政协委员到瓜沥镇考察。', '瓜沥镇', '萧山区'],
  ])('today’s county: %s → %s of %s', (text, town, parent) => {
    expect(parentOf(text, town)).toBe(parent)
  })
})
