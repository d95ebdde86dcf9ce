import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons.map((p) => ({ name: p.name, roles: p.roles, cppcc: p.cppccMember }))

// The verb of leading 率 that the segmenter glues to a two-character name before it (袁朴率/x, 董伦率/x, 陈雍率/x): the name
// ran on into the verb (袁朴率 主席), and where 主席会议成员 followed, its 主席 read as a title after that name. 率 ends
// 8 of the 51318 given names of jieba's dictionary (为 34, 任 36, both already read so), and 主席会议(成员) is a group of
// the 政协, no title (gold note on dev 407). Seen on dev 721, 816 and survey page 宁夏 (陈雍率住宁全国政协委员).
// Hand-checked; the first two sentences are from dev 721 and 816, the rest our own.

describe('persons: a name glued to the verb of leading 率', () => {
  it.each([
    ['5月30日上午,区政协主席袁朴率主席会议成员和相关部门负责人开展视察。', '袁朴', '主席'],
    ['区政协主席董伦率区政协主席会议成员视察民生实事项目。', '董伦', '主席'],
    ['自治区政协主席陈雍率住宁全国政协委员到固原视察。', '陈雍', '主席'],
    ['县政协主席韩铎率主席会议成员到乡镇调研。', '韩铎', '主席'],
    ['市政协副主席苗峪率调研组赴园区考察。', '苗峪', '副主席'],
  ])('%s → %s', (text, name, role) => {
    const ps = persons(text)
    expect(ps.map((p) => p.name)).toEqual([name])
    expect(ps[0]!.roles).toEqual([role])
    expect(ps[0]!.cppcc).toBe(true)
  })

  // 率领 and 率队 are words of their own; a name whose last character is 率 stays whole before a verb of its clause.
  it.each([
    ['市政协主席王强率队调研。', '王强'],
    ['副主席王新率领调研组到县里视察。', '王新'],
    ['会议由区政协主席李率主持。', '李率'],
  ])('%s → %s', (text, name) => {
    expect(persons(text).map((p) => p.name)).toEqual([name])
  })

  // 主席会议成员 is a group of the 政协, not a title of the name after it (dev 407: 区政协主席会议成员、副区长胡剑).
  it('主席会议成员 gives no title', () => {
    const ps = persons('区长余松、区政协主席会议成员、副区长胡剑参加视察。')
    expect(ps.find((p) => p.name === '胡剑')?.roles).toEqual(['副区长'])
  })
})
