import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const body = (text: string, name: string) => analyzer.analyze(text).committees.find((c) => c.name === name)

// Round 16 (r16-institutions): a city's media centre written 市传媒中心 (a public institution, as 融媒体中心; dev 898).
// Expected values hand-checked by test/fixtures/dev-pages/README.md (a body after a relative word takes the
// written region's full name; public institutions are bodies, kind other).

describe('bodies: a media centre after a relative word', () => {
  it.each([
    ['淮北市政协主席一行来到市传媒中心调研。', '淮北市传媒中心', '淮北市'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'other', region })
  })
})

// A region's radio and television station written after its full name (dev 633 梅州市广播电视台, 832 新安县广播电视台)
// and a county's secondary vocational school written 中专 (dev 平原县职业中专).
describe('bodies: a broadcasting station and a 中专 named after their region', () => {
  it.each([
    ['节目由梅州市广播电视台播出。', '梅州市广播电视台', '梅州市'],
    ['近日，在河南省新安县广播电视台演播厅举行。', '新安县广播电视台', '新安县'],
    ['委员们视察了平原县职业中专。', '平原县职业中专', '平原县'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'other', region })
  })
})
