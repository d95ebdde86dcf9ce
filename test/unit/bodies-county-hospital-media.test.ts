import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const body = (text: string, name: string) => analyzer.analyze(text).committees.find((c) => c.name === name)

// Round 16 (r16-institutions): a county's own hospital written 县医院 (as 县人民医院; gold 佛坪县医院, 卢氏县医院,
// 宽城满族自治县医院) and a city's media centre written 市传媒中心 (a public institution, as 融媒体中心; dev 898).
// Expected values hand-checked by test/fixtures/dev-pages/README.md (a school or hospital after a relative word
// takes the written region's full name; public institutions are bodies, kind other).

describe('bodies: a county hospital and a media centre after a relative word', () => {
  it.each([
    ['卢氏县政协组织委员视察县医院整体搬迁项目。', '卢氏县医院', '卢氏县'],
    ['佛坪县政协主席到县医院调研。', '佛坪县医院', '佛坪县'],
    ['淮北市政协主席一行来到市传媒中心调研。', '淮北市传媒中心', '淮北市'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'other', region })
  })
})
