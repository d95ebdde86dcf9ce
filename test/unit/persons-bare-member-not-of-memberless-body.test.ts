import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const analyze = (text: string) => analyzer.analyze(text)

// Round 20c (persons' org): a bare 委员 written before a name takes the body its sentence names before it
// (民盟临沂市委…选举孟凡明为主任委员), but a school, a firm or a government department has no 委员 of its own: there the
// member is the 政协's (README: a bare 委员/常委 in a report about a 政协 belongs to that 政协; org is the body of the
// first CPPCC role); past them, a democratic party or mass organisation the sentence names keeps it. Dev 1042 (走访委员余琦
// after a school), 945 (…组委员、县博雅服饰有限公司总经理张亚利), 146 (致公党…祖统委委员、…中心主任叶虹).
// Expected values worked out by hand.

describe('persons: a bare member title is no title of a body without members', () => {
  it.each([
    // A school the sentence names before the visited member.
    ['3月5日，海珠区政协副主席王强带领委员到广州市第一中学调研并走访委员李梅。', '李梅', ['委员'], '海珠区政协'],
    // A firm: the body of the second title, not of the member's.
    ['岐山县政协组织界别活动。县政协农业界别活动组委员、县丰源农业有限公司总经理王建军捐赠化肥。', '王建军', ['委员', '总经理'], '岐山县政协'],
    // A government department visited.
    ['丰县政协组织委员视察县住建局，委员赵敏发言。', '赵敏', ['委员'], '丰县政协'],
  ])('%s → %s', (text, who, roles, org) => {
    expect(analyze(text).persons.find((p) => p.name === who)).toMatchObject({ roles, org, cppccMember: true })
  })

  // Controls: bodies with members of their own keep a bare 委员 (and an office) the sentence gives them.
  it.each([
    ['九三学社南岸区委召开全委会，委员王红发言。', '王红', '九三学社南岸区委'],
    ['宁乡县侨联召开全委会，委员刘芳发言。', '刘芳', '宁乡县侨联'],
    ['民盟临沂市委召开全会，选举孟凡明为主任委员。', '孟凡明', '民盟临沂市委'],
    // Past a firm or an institution, a democratic party the sentence names before it (dev 146).
    ['论坛在杭州举行。致公党杭州市委会祖统委委员、杭州市旅游形象推广中心主任叶虹作发言。', '叶虹', '致公党杭州市委会'],
    ['民进丰县委员会组织调研，委员、县第一中学校长刘红介绍情况。', '刘红', '民进丰县委员会'],
  ])('%s → %s of %s', (text, who, org) => {
    expect(analyze(text).persons.find((p) => p.name === who)).toMatchObject({ org, cppccMember: false })
  })
})
