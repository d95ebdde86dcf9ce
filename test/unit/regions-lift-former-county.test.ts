import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const regionOf = (text: string, written: string) => committees(text).find((c) => c.mentions.some((m) => m.text === written))?.region ?? null

// Round 20b (dev 948: 菁华铺乡 … 县政协 → 宁乡县政协, 2012). A page that speaks of its own county by 县 and writes only
// townships of a county that is now a 市 or 区 of the same stem was written when it was that county: the relative word is
// lifted through its townships to the county of before the change (README: a relative word is lifted through a written
// lower division; the former-county rule of test/unit/places-former.test.ts). Expected values hand-checked against
// data/divisions.tsv (菁华铺乡, 花明楼镇 of 宁乡市 430182; 誓节镇, 柏垫镇 of 广德市 341882; 打通镇 of 綦江区 500110) and
// data/former-divisions.tsv (宁乡县 → 宁乡市 2017, 广德县 → 广德市 2019, 綦江县 → 綦江区 2011).
describe('regions: a 县 word lifted through the townships of a county that became a 市 or 区 of its stem', () => {
  it.each([
    ['县政协副主席程万谋率政协委员来到菁华铺乡老年服务中心，为敬老院的老人送去慰问品。', '县政协', '宁乡县'],
    ['县政协主席带领委员到花明楼镇视察乡村旅游。', '县政协', '宁乡县'],
    ['县委书记到誓节镇、柏垫镇调研，县政协主席陪同。', '县政协', '广德县'],
    ['县政协组织委员到打通镇视察煤矿整治工作。', '县政协', '綦江县'],
  ])('%s → %s of %s', (text, written, region) => {
    expect(regionOf(text, written)).toBe(region)
  })

  it.each([
    // Controls: towns of two counties (宁乡市's 花明楼镇, 广德市's 誓节镇) do not agree: no county.
    ['县政协委员到花明楼镇和誓节镇考察。', '县政协'],
    // …a county-level city that was never a 县 of its stem (义乌市's 佛堂镇): no former county to lift to.
    ['县政协委员到佛堂镇考察。', '县政协'],
    // …and a town visited is no base (调研组赴菁华铺乡: the visitors' own county is not written).
    ['县政协调研组赴菁华铺乡考察学习。', '县政协'],
  ])('no region: %s', (text, written) => {
    expect(regionOf(text, written)).toBeNull()
  })

  it('a page that writes a county of the level keeps it (长沙县政协 … 菁华铺乡: 长沙县)', () => {
    expect(regionOf('长沙县政协委员到菁华铺乡考察。县政协副主席讲话。', '县政协')).toBe('长沙县')
  })
})
