import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// An institution written right after a verb of visiting or greeting that the segmenter tags as a noun or a name
// (参观/n, 调研/vn, 祝贺/nr) is named from its own first word, the verb no part of it (GUIDE.md: universities and research
// institutes named in full; the body as written). Hand-checked; written for this test
// after the visit sentences of dev 1226–1230 (the segmenter's tags probed).
describe('bodies: a visit verb before an institution is no part of its name', () => {
  it.each([
    ['委员们参观福州大学。', '福州大学'],
    ['调研组调研福州大学新校区建设。', '福州大学'],
    ['谨向福州大学建校六十周年表示祝贺，祝贺福州大学再创佳绩。', '福州大学'],
    ['委员们参观清华大学附属医院。', '清华大学附属医院'],
    ['政协委员考察江南大学。', '江南大学'],
    ['市政协领导走访广州中医药大学。', '广州中医药大学'],
  ])('%s → %s', (text, name) => {
    const got = names(text)
    expect(got).toContain(name)
    expect(got.filter((n) => n !== name && n.endsWith(name))).toEqual([])
  })

  it.each([
    // controls: a name that holds such a word in its middle, and a proper name before the head
    ['委员们来到长春中医药大学。', '长春中医药大学'],
    ['委员们来到中国科学院大学。', '中国科学院大学'],
  ])('%s → %s (unchanged)', (text, name) => {
    expect(names(text)).toContain(name)
  })
})
