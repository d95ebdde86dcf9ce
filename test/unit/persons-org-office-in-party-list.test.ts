import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// An office written alone (秘书长) in a list of titled names set apart by commas whose sentence names no body is one of
// the body the list names first (list-roles.ts), also where a 政协 was named in a sentence before: a democratic party's
// officers listed as 主委A，副主委B、C，秘书长D are all the party committee's, and D is no CPPCC office holder
// (test/fixtures/dev-pages/README.md, persons: org the body of the role; dev 904). Sentences written for this test.

describe('persons: an office alone in a party committee’s list of officers', () => {
  it.each([
    ['中国民主同盟梅河口市委员会成立于1987年9月,其中33人担任梅河口市政协委员。现任主委宋学思,副主委吴琼、高岚,秘书长刘妍。', '刘妍', '中国民主同盟梅河口市委员会'],
    ['民进荆州市委会有会员800人,其中40人担任市政协委员。现任主委许晓宏,专职副主委黄平,秘书长贺彩。', '贺彩', '民进荆州市委会'],
  ])('%s: %s → %s, no CPPCC member', (text, name, org) => {
    const p = person(text, name)
    expect(p?.org).toBe(org)
    expect(p?.cppccMember).toBe(false)
  })

  it.each([
    // Controls: a 政协's list keeps its 政协; an office in a sentence of its own keeps the body named last.
    ['市政协召开会议。主席张三,副主席李四,秘书长王五出席。', '王五', '市政协', true],
    ['民盟梅河口市委员会有盟员215人,33人担任梅河口市政协委员。秘书长刘妍主持会议。', '刘妍', '梅河口市政协', true],
  ])('%s: %s → %s', (text, name, org, member) => {
    const p = person(text, name)
    expect(p?.org).toBe(org)
    expect(p?.cppccMember).toBe(member)
  })
})
