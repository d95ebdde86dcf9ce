import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons
const person = (text: string, name: string) => persons(text).find((p) => p.name === name)
const committees = (text: string) => analyzer.analyze(text).committees

// Hand-written sentences (names and places varied) for the body of a role (org) where the title does not write it.
describe('a list of titled names set apart by commas shares the body it names first', () => {
  it.each<[string, string, string]>([
    ['山西省广东商会会长王建新，党支部书记李楚忠，执行会长庄绵升，常务副会长谢伟群、李毅，秘书长马飞跃参加座谈。', '李楚忠', '山西省广东商会'],
    ['山西省广东商会会长王建新，党支部书记李楚忠，执行会长庄绵升，常务副会长谢伟群、李毅，秘书长马飞跃参加座谈。', '李毅', '山西省广东商会'],
    ['山西省广东商会会长王建新，永久荣誉会长陈浪华出席。', '陈浪华', '山西省广东商会'],
    // The body named first, not the department of the name before (教科卫体委 of 市政协).
    ['绵阳市政协召开会议。市政协副秘书长陈刚、教科卫体委主任张有贵、机关党委书记孙圣军参加了调研活动。', '孙圣军', '绵阳市政协'],
    // A body the list names again is that title's own (联合会 heads a body: data/body-heads.tsv).
    ['上海市江苏商会会长丁佐宏、上海市新沪商联合会会长严健军出席。', '严健军', '上海市新沪商联合会'],
  ])('%s → %s of %s', (text, name, org) => {
    expect(person(text, name)?.org).toBe(org)
  })

  it.each<[string, string, string | null]>([
    // A title that implies its own body (县长) is not the list's; on a page naming no county it is the relative body
    // (dev-pages README: a government title where no place of its level is written → 县政府, region open; dev 196).
    ['县委书记朱明，县长吴海宏出席会议。', '吴海宏', '县政府'],
    // A body the lexicon does not know ends the list: its title is not the body's before.
    ['上海市江苏商会会长丁佐宏、上海市青年摄影俱乐部会长严健军出席。', '严健军', null],
    // Not across a sentence.
    ['山西省广东商会会长王建新出席。副会长李毅主持。', '李毅', null],
  ])('%s → %s of %s (not the list\'s)', (text, name, org) => {
    expect(person(text, name)?.org ?? null).toBe(org)
  })
})

describe('a chamber of commerce written with its head\'s title (商会会长)', () => {
  it.each<[string, string, string]>([
    ['上海市浙江商会会长王均金、上海市江苏商会会长丁佐宏出席。', '王均金', '上海市浙江商会'],
    ['上海市浙江商会会长王均金、上海市江苏商会会长丁佐宏出席。', '丁佐宏', '上海市江苏商会'],
  ])('%s → %s of %s', (text, name, org) => {
    expect(person(text, name)?.org).toBe(org)
  })

  it.each<[string, string, string]>([
    // The chamber of people from another province meets in the first place: its region is that place.
    ['上海市浙江温州商会会长李丐腾出席。', '上海市浙江温州商会', '上海市'],
    // A place below the first, in its province, is the chamber's region.
    ['奉贤区南桥镇商会会长张明出席。', '奉贤区南桥镇商会', '南桥镇'],
  ])('%s → %s in %s', (text, name, region) => {
    expect(committees(text).find((c) => c.name === name)?.region).toBe(region)
  })
})

describe('titles in brackets after titles before the name', () => {
  it('县工商联副主席、华兴科技有限公司董事长周建国（县政协委员）: the CPPCC title decides the org', () => {
    const p = person('泸县政协召开座谈会。县工商联副主席、华兴科技有限公司董事长周建国（县政协委员）发言。', '周建国')
    expect(p).toMatchObject({ roles: ['副主席', '董事长', '委员'], org: '泸县政协', cppccMember: true })
  })

  it('no brackets: the first title decides', () => {
    expect(person('泸县政协召开座谈会。县工商联副主席周建国发言。', '周建国')).toMatchObject({ org: '泸县工商联', cppccMember: false })
  })
})

describe('a CPPCC title given in another paragraph decides the org', () => {
  it('董事长 first, 县政协委员 later → the 政协', () => {
    const text = '泸县政协召开民营企业家座谈会。四川华兴科技有限公司董事长周建国发言。\n\n会议由县政协副主席李强主持。县政协委员周建国参加。'
    expect(person(text, '周建国')).toMatchObject({ roles: ['董事长', '委员'], org: '泸县政协', cppccMember: true })
  })

  it('a CPPCC title first keeps its 政协 (a later title of a mass organisation does not replace it)', () => {
    const text = '泸县政协召开座谈会。县政协委员周建国发言。\n\n县工商联副主席周建国参加。'
    expect(person(text, '周建国')).toMatchObject({ org: '泸县政协', cppccMember: true })
  })
})

describe('titles of one person through bodies the lexicon does not know (schools, villages) and in brackets set apart by a comma', () => {
  it.each<[string, string, string[], string | null, boolean]>([
    ['宁海县政协召开会议。县政协委员、县第一中学校长张四参加。', '张四', ['委员', '校长'], '宁海县政协', true],
    ['宁海县政协召开会议。县政协委员、桃源幼儿园园长李红发言。', '李红', ['委员', '园长'], '宁海县政协', true],
    ['宁海县政协召开会议。县政协委员、爨底下村党支部书记、村委会主任韩跃出席。', '韩跃', ['委员', '党支部书记', '主任'], '宁海县政协', true],
    ['红安县政协召开会议。周兵（县政协委员，湖北华丰实业有限公司总经理）参加。', '周兵', ['委员', '总经理'], '红安县政协', true],
    ['红安县政协召开会议。陈强（湖北华丰实业有限公司总经理，县政协常委）发言。', '陈强', ['总经理', '常委'], '红安县政协', true],
    // A note in brackets is no title (女).
    ['红安县政协召开会议。刘丽（女，县政协委员）发言。', '刘丽', ['委员'], '红安县政协', true],
    // Without a join the title after a village's name alone is the village branch's, no CPPCC title.
    ['宁海县政协召开会议。军响村党支部书记李广华出席。', '李广华', ['党支部书记'], '军响村党支部', false],
  ])('%s → %s %j of %s', (text, name, roles, org, cppcc) => {
    expect(person(text, name)).toMatchObject({ roles, org, cppccMember: cppcc })
  })
})

describe('names given in brackets after their titles', () => {
  it.each<[string, string, string[], string | null]>([
    ['张湾区政协主席官开意带队视察。区政协委员、常委(魏以金、韩德松)提出的两件提案具有可行性。', '韩德松', ['委员', '常委'], '张湾区政协'],
    ['张湾区政协召开会议。区政协副主席（王立群）出席。', '王立群', ['副主席'], '张湾区政协'],
  ])('%s → %s %j of %s', (text, name, roles, org) => {
    expect(person(text, name)).toMatchObject({ roles, org })
  })

  it('a byline in brackets after no title keeps its credit only: 本报讯（记者 张三）', () => {
    expect(person('本报讯（记者 张三）王明出席。', '张三')).toMatchObject({ roles: ['记者'], org: null })
  })
})

describe('a list of names goes on across an item of a name\'s length the recogniser missed', () => {
  it('…、刘小兵、陈金华、沈洁和秘书长颜士平: 沈洁 is a 副主席 too', () => {
    const text = '台州市政协召开会议。市政协副主席周凌翔、褚义军、曹羽、李立飞、林虹、陈建勋、刘小兵、陈金华、沈洁和秘书长颜士平在主席台前排就座。'
    expect(person(text, '沈洁')).toMatchObject({ roles: ['副主席'], org: '台州市政协', cppccMember: true })
    expect(person(text, '颜士平')).toMatchObject({ roles: ['秘书长'] })
  })

  it('not across a longer item (…、各界人士代表、沈洁)', () => {
    const text = '台州市政协召开会议。市政协副主席周凌翔、各界人士代表、沈洁出席。'
    expect(person(text, '沈洁')?.roles ?? []).toEqual([])
  })
})

describe('a title of a sector (界别) is one of its 政协', () => {
  it.each<[string, string, string[], string]>([
    ['深圳市政协召开会议。市政协科协界别召集人、深圳市科协党组书记、驻会副主席林祥表示，将做好工作。', '林祥', ['召集人', '党组书记', '驻会副主席'], '深圳市政协'],
    ['深圳市政协召开会议。经济界别组长王明发言。', '王明', ['组长'], '深圳市政协'],
  ])('%s → %s %j of %s', (text, name, roles, org) => {
    expect(person(text, name)).toMatchObject({ roles, org, cppccMember: true })
  })

  it('a group that is no sector makes no CPPCC member (调研组组长)', () => {
    expect(person('深圳市政协召开会议。深圳市科协调研组组长王明发言。', '王明')).toMatchObject({ cppccMember: false })
  })
})

// Hand-written sentences (names varied): a special committee written alone after the comma of a titled list.
describe('a special committee written alone in a titled list is the 政协 named before', () => {
  it.each<[string, string, string | null, boolean]>([
    ['市政协副秘书长蔡明猛，文教卫体委主任邢化东参加活动。', '邢化东', '市政协文教卫体委', true],
    ['县政协文教卫体委员会主任王志刚主持。', '王志刚', '县政协文教卫体委员会', true],
    // No 政协 before it: no body to read it as one of.
    ['县教育局局长蔡明猛，文教卫体委主任邢化东参加活动。', '邢化东', null, false],
  ])('%s → %s of %s', (text, name, org, cppcc) => {
    expect(person(text, name)?.org ?? null).toBe(org)
    expect(person(text, name)?.cppccMember).toBe(cppcc)
  })
})

describe('a court written 中级法院 is a body of its city', () => {
  it.each<[string, string, string | null]>([
    ['衡阳市政协召开协商会。市中级法院院长王志伟参加。', '王志伟', '衡阳市中级法院'],
    ['衡阳市政协召开协商会。市中级人民法院院长王志伟参加。', '王志伟', '衡阳市中级人民法院'],
  ])('%s → %s of %s', (text, name, org) => {
    expect(person(text, name)?.org ?? null).toBe(org)
    expect(person(text, name)?.cppccMember).toBe(false)
  })
})

// Hand-written sentences (names varied): the committee members of a township's party committee in a 政协 report.
describe('组织统战委员 of a township is a party title, not a 政协 member nor the list\'s', () => {
  it.each<[string, string, string[], string | null, boolean]>([
    ['固始县政协召开座谈会。县公安局党委委员、治安大队大队长王永亮，汪棚镇组织统战委员姚中明，马堽集乡宣传委员程杨参加。', '姚中明', ['组织统战委员'], null, false],
    ['固始县政协召开座谈会。县公安局党委委员、治安大队大队长王永亮，汪棚镇组织统战委员姚中明，马堽集乡宣传委员程杨参加。', '程杨', ['宣传委员'], null, false],
    // A bare 委员 in a report about a 政协 stays one of the 政协.
    ['固始县政协召开座谈会。委员王永亮、姚中明发言。', '姚中明', ['委员'], '固始县政协', true],
  ])('%s → %s %j of %s', (text, name, roles, org, cppcc) => {
    const p = person(text, name)
    expect(p?.roles).toEqual(roles)
    expect(p?.org ?? null).toBe(org)
    expect(p?.cppccMember).toBe(cppcc)
  })
})

// Hand-written sentences (names varied): a title of two bodies joined by 及 in a chain before a name.
describe('a title of two bodies joined by 及 is no title of the name after the chain', () => {
  it.each<[string, string, string[], string | null]>([
    ['广水市政协副主席胡亚东带队。市政协提案委及社法委负责人、市政府督查室主任徐志柱参加协商会。', '徐志柱', ['主任'], '广水市政府督查室'],
    // One body before the title: the chain goes on (统战部部长 of the 市委 before it).
    ['广水市政协副主席胡亚东带队。市委常委、统战部部长刘志刚参加协商会。', '刘志刚', ['市委常委', '部长'], '广水市委'],
  ])('%s → %s %j of %s', (text, name, roles, org) => {
    expect(person(text, name)?.roles).toEqual(roles)
    expect(person(text, name)?.org ?? null).toBe(org)
  })
})

describe('a member\'s title written alone after the name (王华委员) is of the 政协 the report is about', () => {
  it.each<[string, string, string]>([
    // The report names the provincial 政协 three times, a city's once (its chairman's title) just before.
    ['河北省政协十二届三次会议在石家庄召开，我市10名省政协委员参加会议。省政协常委、唐山市政协主席刘强作了发言。王华委员、赵明委员提出了建议。在省政协会上，委员们积极建言。', '王华', '河北省政协'],
    // Named alone, the last 政协 written before is the one (as before).
    ['唐山市政协召开常委会议。王华委员提出了建议。', '王华', '唐山市政协'],
  ])('%s → %s of %s', (text, name, org) => {
    expect(person(text, name)?.org).toBe(org)
  })

  it.each<[string, string, string]>([
    // Named not more than twice as often as the last: that last one stays (a visit to another 政协).
    ['河北省政协召开会议。河北省政协主席李明出席。唐山市政协主席刘强陪同。王华委员提出了建议。', '王华', '唐山市政协'],
    // A title that names its 政协 keeps it.
    ['河北省政协十二届三次会议召开，省政协委员参加会议。在省政协会上，唐山市政协委员王华提出了建议。', '王华', '唐山市政协'],
  ])('%s → %s of %s (not the most named)', (text, name, org) => {
    expect(person(text, name)?.org).toBe(org)
  })
})
