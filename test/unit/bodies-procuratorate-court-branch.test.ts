import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A procuratorate's or a court's branch named right after it by a place or an ordinal (省检察院 + 济源 + 分院, 北京市人民检察院
// + 第一 + 分院, 湖北省人民检察院 + 汉江 + 分院) is the body named: one body, as written, of the region of its parent organ
// (GUIDE.md: the body part kept exactly as the text writes it; only the region is completed; dev 1334).
describe('a procuratorate or court branch written after it is the body', () => {
  it.each([
    ['河南省济源市政协同省检察院济源分院共同研究制定了意见。', '河南省检察院济源分院', 'procuratorate', '河南省'],
    ['北京市人民检察院第一分院检察长到市政协座谈。', '北京市人民检察院第一分院', 'procuratorate', '北京市'],
    ['湖北省人民检察院汉江分院与潜江市政协召开座谈会。', '湖北省人民检察院汉江分院', 'procuratorate', '湖北省'],
    ['上海市人民检察院第三分院邀请市政协委员视察。', '上海市人民检察院第三分院', 'procuratorate', '上海市'],
  ])('%s → %s', (text, name, kind, region) => {
    const r = analyzer.analyze(text)
    expect(r.committees.map((c) => [c.name, c.kind, c.region])).toContainEqual([name, kind, region])
    // no parent body left beside it from the same words
    expect(r.committees.filter((c) => name.startsWith(c.name) && c.name !== name)).toEqual([])
  })
})

describe('controls: no branch where none is written right after the organ', () => {
  it.each([
    // the branch is away from the organ: the organ alone
    ['市检察院到济源分院调研。', '市检察院', '济源分院'],
    ['省人民检察院、第一分院负责同志出席。', '省人民检察院', '第一分院'],
    // a hospital's branch stays what it was (no court nor procuratorate)
    ['县人民法院院长到县人民医院东院区调研。', '县人民法院', '县人民法院院长'],
  ])('%s: %s, no %s', (text, body, not) => {
    const names = analyzer.analyze(text).committees.map((c) => c.name)
    expect(names).toContain(body)
    expect(names.some((n) => n.includes(not))).toBe(false)
  })
})
