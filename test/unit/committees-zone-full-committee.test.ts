import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const analyze = (text: string) => analyzer.analyze(text)

// A zone's administrative committee written in full, 管理委员会 (柳东新区管理委员会副主任, dev 1413), is the body 管委会
// names short (data/body-heads.tsv): kind government, as written; its officer's org is it, not the page's 政协 (no
// CPPCC office). Expected by hand.
describe('committees: a zone\'s 管理委员会 written in full', () => {
  it.each([
    ['6月1日下午，城中区政协部分委员到柳东新区考察。柳东新区管理委员会副主任刘正铭介绍了新区发展情况。', '柳东新区管理委员会', '刘正铭', '副主任'],
    ['市政协调研组到平阴经济开发区调研，平阴经济开发区管理委员会主任王五介绍情况。', '平阴经济开发区管理委员会', '王五', '主任'],
    ['县政协主席李四带队到高新区调研，高新区管理委员会副主任赵六陪同。', '高新区管理委员会', '赵六', '副主任'],
  ])('%s', (text, body, name, role) => {
    const r = analyze(text)
    const c = r.committees.find((x) => x.name === body)
    expect(c?.kind).toBe('government')
    const p = r.persons.find((x) => x.name === name)
    expect(p?.roles).toEqual([role])
    expect(p?.org).toBe(body)
    expect(p?.cppccMember).toBe(false)
  })

  // Controls: a firm's 管理委员会 names no public body; a city's 城市管理委员会 stays a department (data/bodies.tsv); a zone
  // word after 各 or a generic word names no one zone's committee.
  it.each([
    ['华侨城集团管理委员会主任王五出席会议。', '华侨城集团管理委员会'],
    ['会议要求各开发区管理委员会抓好落实。', '各开发区管理委员会'],
    ['会议要求各开发区管理委员会抓好落实。', '开发区管理委员会'],
  ])('%s', (text, body) => {
    expect(analyze(text).committees.map((c) => c.name)).not.toContain(body)
  })
})
