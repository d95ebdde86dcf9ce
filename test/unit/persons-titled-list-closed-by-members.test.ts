import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// Names each with a title of its own (a hospital's 副院长, 科主任), listed by 、 or 和 and closed by 等 or a count and a
// 政协 member's title (…李晶晶四位政协委员, …高治国等政协委员): every name of the list is a member, as a title after an
// untitled list is (王明、李强和张伟三位政协委员), and the member's title is the first CPPCC role, so the org is the 政协
// the article is about, not the hospital the sentence names (test/fixtures/dev-pages/README.md: org of the first CPPCC
// role; gold of dev 570 屈艳玲/高治国 and 976). Sentences written for this test; values worked out by hand.
describe('persons: a member title closing a list of titled names is every name\'s', () => {
  it.each([
    ['市政协主席到柳州市工人医院走访看望副院长黄海欣、骨科主任张明和副主任李晶晶三位政协委员。', '黄海欣', ['副院长', '委员'], '柳州市政协'],
    ['市政协主席到柳州市工人医院走访看望副院长黄海欣、骨科主任张明和副主任李晶晶三位政协委员。', '张明', ['骨科主任', '委员'], '柳州市政协'],
    ['市政协主席到柳州市工人医院走访看望副院长黄海欣、骨科主任张明和副主任李晶晶三位政协委员。', '李晶晶', ['副主任', '委员'], '柳州市政协'],
    ['运城市政协开展义诊,运城市中心医院内科主任屈艳玲、盐湖区人民医院超声科主任高治国等政协委员参加本次活动。', '屈艳玲', ['内科主任', '委员'], '运城市政协'],
    ['运城市政协开展义诊,运城市中心医院内科主任屈艳玲、盐湖区人民医院超声科主任高治国等政协委员参加本次活动。', '高治国', ['超声科主任', '委员'], '运城市政协'],
  ])('%s: %s', (text, name, roles, org) => {
    const p = person(text, name)
    expect(p?.roles).toEqual(roles)
    expect(p?.org).toBe(org)
    expect(p?.cppccMember).toBe(true)
  })

  it.each([
    // No member's title closes the list: each keeps its own title and body.
    ['市政协主席到柳州市工人医院看望副院长黄海欣、骨三科主任张明等医护人员。', '黄海欣', ['副院长']],
    // The member's title is the last name's alone, written right after it without 等 or a count.
    ['市政协主席到柳州市工人医院看望副院长黄海欣、骨三科主任张明委员。', '黄海欣', ['副院长']],
    // A sentence between: another list.
    ['副院长黄海欣介绍了情况。骨三科主任张明等政协委员参加。', '黄海欣', ['副院长']],
  ])('%s: %s keeps %j', (text, name, roles) => {
    const p = person(text, name)
    expect(p?.roles).toEqual(roles)
    expect(p?.cppccMember).toBe(false)
  })

  // An office whose name ends in a numeral and 区 (妇科三区, dev 976) is kept before the title, after a name and 和 too
  // (test/unit/persons-office-before-title.test.ts).
  it('妇科三区副主任李晶晶 keeps its office', () => {
    const p = person('市政协主席到柳州市工人医院走访看望副院长黄海欣、骨三科主任张明和妇科三区副主任李晶晶三位政协委员。', '李晶晶')
    expect(p?.roles).toEqual(['妇科三区副主任', '委员'])
  })
})
