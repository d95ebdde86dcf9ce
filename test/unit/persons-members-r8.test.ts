import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons
const find = (text: string, name: string) => persons(text).find((p) => p.name === name)

// Hand-checked truth (names varied from real pages).

describe('persons: a member title after the count that closes a list and a description of the members', () => {
  const text = '上海市政协召开座谈会。赵丽佳、王均豪、洪清华、章毅等8位企业家委员围绕民营企业高质量发展发言。'
  it.each(['赵丽佳', '王均豪', '洪清华', '章毅'])('%s is a 委员 of 上海市政协', (name) => {
    const p = find(text, name)
    expect(p).toBeDefined()
    expect(p!.roles).toEqual(['委员'])
    expect(p!.org).toBe('上海市政协')
    expect(p!.cppccMember).toBe(true)
  })

  it.each([
    ['县政协组织视察。张建华、李秀梅等3名女委员参加。', '张建华', ['委员']],
    ['县政协召开会议。王建国、赵立新等青年委员参加。', '赵立新', ['委员']],
  ])('%s', (text, name, roles) => {
    expect(find(text, name)?.roles).toEqual(roles)
  })

  it.each([
    // A description before a title of no member (代表, 领导) gives nothing.
    ['县政协召开会议。王建国、赵立新等企业家代表参加。', '王建国'],
    ['王建国、赵立新等3名县领导出席。', '赵立新'],
    // 委员会 is no 委员.
    ['县政协召开会议。王建国、赵立新等3人委员会参加。', '王建国'],
  ])('negative: %s', (text, name) => {
    const p = find(text, name)
    expect(p?.roles ?? []).not.toContain('委员')
    expect(p?.cppccMember ?? false).toBe(false)
  })
})

describe('persons: a title given by a verb of election after a task group, shared by the list', () => {
  const text = '汕尾市政协开展视察。以市政协副主席李贤谋为第一视察分团团长的视察团实地视察了医院;以市政协副主席刘小静、吕珠龙、邱晋雄为第二视察分团团长的视察团实地视察了学校。'
  it.each(['李贤谋', '刘小静', '吕珠龙', '邱晋雄'])('%s: 副主席 and 团长 of 汕尾市政协', (name) => {
    const p = find(text, name)
    expect(p).toBeDefined()
    expect(p!.roles).toEqual(['副主席', '团长'])
    expect(p!.org).toBe('汕尾市政协')
    expect(p!.cppccMember).toBe(true)
  })

  it('a shorter group before the title as before (为课题调研组组长)', () => {
    expect(find('县政协组织调研，以县政协副主席王建国为课题调研组组长。', '王建国')?.roles).toEqual(['副主席', '组长'])
  })

  it.each([
    // No verb of election: the list keeps the title before it only.
    ['市政协副主席王建国、赵立新为大家作报告。', '赵立新', ['副主席']],
    // A long run that ends in no group's word gives no title (…的委员们 is no title of 王建国).
    ['县政协委员王建国为企业发展献计的委员们点赞。', '王建国', ['委员']],
    ['选举王建国、赵立新为常委。', '赵立新', ['常委']],
  ])('negative: %s', (text, name, roles) => {
    expect(find(text, name)?.roles).toEqual(roles)
  })
})

describe('persons: a title after 作为 (朱良智作为通州区政协委员)', () => {
  it('gives the title and its 政协', () => {
    const p = find('9月24日下午，通州区政协开展民主监督活动，清控文创总经理朱良智作为通州区政协委员参加了本次活动。', '朱良智')
    expect(p!.roles).toEqual(['总经理', '委员'])
    expect(p!.org).toBe('通州区政协')
    expect(p!.cppccMember).toBe(true)
  })

  it('作为一名政协委员', () => {
    expect(find('市政协组织活动，李红梅作为一名政协委员，积极建言。', '李红梅')?.roles).toEqual(['委员'])
  })

  it.each([
    ['县政协召开座谈会。王建国作为企业代表发言。', '王建国'],
    ['县政协召开座谈会。王建国作为一名普通党员，带头参加志愿服务。', '王建国'],
  ])('negative: %s', (text, name) => {
    const p = find(text, name)
    expect(p?.roles ?? []).toEqual([])
    expect(p?.cppccMember ?? false).toBe(false)
  })
})

describe('persons: a title announced before a list with an ASCII colon', () => {
  it.each(['李贤', '崔忠义'])('%s', (name) => {
    const p = find('旗政协召开会议。本次大会的执行主席是:李贤、崔忠义。', name)
    expect(p?.roles).toEqual(['执行主席'])
    expect(p?.cppccMember).toBe(true)
  })

  it('negative: a source line before a name gives no title', () => {
    expect(find('来源:张建国 2024-01-02', '张建国')?.roles ?? []).toEqual([])
  })
})

describe('persons: credits and members of a working group', () => {
  it.each([
    ['（图文：黄建新 审核：张素梅）', '黄建新', ['图文']],
    ['文字：李红梅 编辑：王芳', '李红梅', ['文字']],
    ['初审：王丽华 复审：张建国 终审：刘明', '张建国', ['复审']],
    ['监制：王建国', '王建国', ['监制']],
    ['市委指导组成员刘强、白金光到会指导。', '白金光', ['指导组成员']],
    ['县政协调研组成员王建国、李明参加座谈。', '李明', ['调研组成员']],
  ])('%s', (text, name, roles) => {
    const p = find(text, name)
    expect(p?.roles).toEqual(roles)
    expect(p?.cppccMember).toBe(false)
  })

  it('negative: a picture is no credit (这3张卫星图片 names no one)', () => {
    expect(persons('这3张卫星图片分别记录了地表变化。').map((p) => p.name)).toEqual([])
  })
})

describe('persons: the body a list of titled names set apart by commas passes on', () => {
  const text = '上高县政协召开会议。县委副书记、县长周万辉，县政协党组书记、主席晏慧珍，一级调研员晏晓勤，副主席黄初元、熊辉分别陪同。'
  it('a title of no body after a name of its own body takes that body', () => {
    expect(find(text, '晏晓勤')?.org).toBe('上高县政协')
    expect(find(text, '周万辉')?.org).toBe('上高县委')
  })

  it('a part of the body before passes the body before on (机关党委书记 of the 政协, not of its special committee)', () => {
    const t = '绵阳市政协开展调研。市政协副秘书长陈刚、教科卫体委主任张有贵、机关党委书记孙圣军参加了调研活动。'
    expect(find(t, '孙圣军')?.org).toBe('绵阳市政协')
  })

  it('a list of one body keeps it (会长A，党支部书记B，执行会长C)', () => {
    const t = '山西省广东商会举行活动。山西省广东商会会长曾建新，党支部书记李楚忠，执行会长庄绵升出席。'
    expect(find(t, '庄绵升')?.org).toBe('山西省广东商会')
  })
})

describe('persons: 委员代表 and a CPPCC title shared by a list whose names have titles in brackets', () => {
  it.each(['王建国', '李红梅'])('委员代表 %s is a 委员', (name) => {
    const p = find('县政协召开协商会。委员代表王建国、李红梅作了发言。', name)
    expect(p?.roles).toEqual(['委员'])
    expect(p?.cppccMember).toBe(true)
  })

  it.each([
    ['王建国', ['委员', '校长']],
    ['李红梅', ['委员', '院长']],
  ])('政协委员A（…校长）、B（…院长）: %s', (name, roles) => {
    const p = find('县政协召开协商会。政协委员王建国（县第一中学校长）、李红梅（县妇幼保健院院长）发言。', name)
    expect(p?.roles).toEqual(roles)
    expect(p?.cppccMember).toBe(true)
  })

  it.each([
    // A title of no 政协 before the list is not shared with a name that has its own titles.
    ['县长王建国（兼）、李红梅（县妇幼保健院院长）出席。', '李红梅', ['院长'], false],
    // A short note in brackets is no title: the list shares the title before it, as before.
    ['县政协召开协商会。县政协副主席王建国、李红梅（女）出席。', '李红梅', ['副主席'], true],
  ])('negative: %s', (text, name, roles, member) => {
    const p = find(text, name)
    expect(p?.roles).toEqual(roles)
    expect(p?.cppccMember).toBe(member)
  })
})

describe('persons: a title given by a verb of election after a name and its form of address', () => {
  it.each([
    ['吉安县政协召开常委会议。王建国同志任县政协秘书长。', '王建国', ['秘书长'], '吉安县政协'],
    ['吉安县政协召开常委会议。会议选举王建国同志为县政协主席，李明同志为秘书长。', '李明', ['秘书长'], '吉安县政协'],
    ['王建国同志当选为政协吉安县第十届委员会主席。', '王建国', ['主席'], '吉安县政协'],
  ])('%s', (text, name, roles, org) => {
    const p = find(text, name)
    expect(p?.roles).toEqual(roles)
    expect(p?.org).toBe(org)
    expect(p?.cppccMember).toBe(true)
  })

  it.each([
    ['陈学东同志出席会议。', '陈学东'],
    ['王建国同志在会上讲话。', '王建国'],
    ['王建国同志为大家作了专题辅导。', '王建国'],
  ])('negative: %s', (text, name) => {
    expect(find(text, name)?.roles ?? []).toEqual([])
  })
})

describe('persons: a title of a session on a page of a congress session names the congress', () => {
  it.each(['王隆进', '陈功文'])('%s: 执行主席 of 县人大', (name) => {
    const t = '县十七届人大四次会议隆重开幕。大会执行主席王隆进、陈功文在主席台前排就座。县人大常委会、县委、县政府领导出席。'
    const p = find(t, name)
    expect(p?.roles).toEqual(['执行主席'])
    expect(p?.org).toMatch(/人大/)
    expect(p?.cppccMember).toBe(false)
  })

  it('negative: on a page of a 政协 session the title stays the 政协\'s', () => {
    const p = find('政协吉安县第十届委员会第三次会议开幕。大会执行主席王建国、李明在主席台就座。县人大常委会主任赵强应邀出席。', '李明')
    expect(p?.org).toBe('吉安县政协')
    expect(p?.cppccMember).toBe(true)
  })
})
