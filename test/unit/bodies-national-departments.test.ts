import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const orgOf = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)?.org ?? null

// A department (司) of a ministry or commission of the State Council written right after it is one body with it, whatever
// the segmenter made of its stem (基础教育/l, 就业/v, 养老/nr, 司/nr): data/national-department-words.txt. Seen on dev 697,
// 330, 773, 782 and on survey pages (国家发改委基础司, 商业部政策法规司). Sentences written for this test; expected by hand.
describe('bodies: a ministry\'s department written after it', () => {
  it.each([
    ['教育部基础教育司司长在座谈会上介绍了课后服务的情况。', '教育部基础教育司'],
    ['民政部养老服务司负责同志回应了委员关切。', '民政部养老服务司'],
    ['人力资源社会保障部就业促进司有关同志参加协商。', '人力资源社会保障部就业促进司'],
    ['国家发展改革委就业收入分配和消费司负责同志作了介绍。', '国家发展改革委就业收入分配和消费司'],
    ['教育部职业教育与成人教育司副司长出席会议。', '教育部职业教育与成人教育司'],
    ['国家卫生健康委宣传司负责人主持发布会。', '国家卫生健康委宣传司'],
    ['國家衛生健康委醫政司有關負責同志參加調研。', '国家卫生健康委医政司'],
    ['财政部农业农村司司长出席。', '财政部农业农村司'],
  ])('%s', (text, body) => {
    expect(names(text)).toContain(body)
  })

  it.each([
    ['民政部社会救助司司长张明介绍了低保扩围的进展。', '张明', '民政部社会救助司'],
    ['教育部高等教育司副司长李华回应了委员的建议。', '李华', '教育部高等教育司'],
  ])('%s', (text, person, org) => {
    expect(orgOf(text, person)).toBe(org)
  })

  // Not one body: a generic stem (相关司局, 有关司), a firm (公司), 司 inside a word (司法), and a second national body
  // after 和/与 (工信部和国家文物局, 教育部与民政部养老服务司 are two bodies each).
  it.each([
    ['农业农村部相关司局负责人参加座谈会。', ['农业农村部'], ['农业农村部相关司']],
    ['国务院国资委监管的中央企业集团公司负责人参会。', [], ['国务院国资委监管的中央企业集团公司']],
    ['司法部司法行政部门给予支持。', ['司法部'], ['司法部司']],
    ['提案委员会还走访了住建部、工信部和国家文物局。', ['住建部', '工信部', '国家文物局'], ['工信部和国家文物局']],
    ['教育部与民政部养老服务司联合调研。', ['教育部', '民政部养老服务司'], ['教育部与民政部养老服务司']],
    ['教育部和人力资源社会保障部就业促进司共同办理。', ['教育部', '人力资源社会保障部就业促进司'], []],
  ])('%s', (text, present, absent) => {
    const got = names(text)
    expect(got).toEqual(expect.arrayContaining(present))
    for (const a of absent) expect(got).not.toContain(a)
  })
})

// The special committees of the National People's Congress in the forms reports write (npc.gov.cn's list; 农业农村委 on
// dev 773) and the general office of its standing committee: data/body-parts.tsv.
describe('bodies: the committees of the National People\'s Congress', () => {
  it.each([
    ['全国人大农业农村委调研组赴河南督办代表建议。', '全国人大农业农村委'],
    ['全国人大宪法和法律委员会召开全体会议。', '全国人大宪法和法律委员会'],
    ['全国人大民族委员会副主任委员出席。', '全国人大民族委员会'],
    ['全国人大常委会办公厅确定了重点督办建议。', '全国人大常委会办公厅'],
    ['省人大农业农村委主任委员带队视察。', '省人大农业农村委'],
    ['全国人大侨委调研组听取了侨务工作汇报。', '全国人大侨委'],
  ])('%s', (text, body) => {
    const got = committees(text)
    expect(got.map((c) => c.name)).toContain(body)
    expect(got.find((c) => c.name === body)?.kind).toBe('congress')
  })

  it('a 政协\'s general office is still folded into its 政协', () => {
    expect(names('全国政协办公厅主任出席会议。')).toEqual(['全国政协'])
  })
})

// Usual short forms of national bodies (gov.cn's list of the State Council's ministries, also of before 1998). The academies
// (中科院, 中国农科院): bodies-national-academies.test.ts.
describe('bodies: short forms of national bodies', () => {
  it.each([
    ['国家教委主任出席了座谈会。', '国家教委'],
    ['劳动保障部副部长介绍了提案办理情况。', '劳动保障部'],
    ['最高法院副院长出席。', '最高人民法院'],
    ['应急部副部长通报了汛情。', '应急部'],
    ['退役军人部有关负责同志参加会议。', '退役军人部'],
  ])('%s', (text, body) => {
    expect(names(text)).toContain(body)
  })

  it('one body with its full form, named by the first', () => {
    expect(names('劳动和社会保障部副部长说,劳动保障部共承办提案三百件。').filter((n) => n.startsWith('劳动'))).toEqual(['劳动和社会保障部'])
  })

  it('not a firm\'s department (商业部, 物资部 of a company)', () => {
    expect(names('百货公司商业部经理介绍。')).not.toContain('商业部')
  })

  it('not 应急部门', () => {
    expect(names('各地应急部门加强值守。')).not.toContain('应急部')
  })
})

// 全国政协 written only at the head of a special committee's name is a body of the page too (the dev gold lists it with
// its special committee on every national page: 778 全國政協民宗委). Not yet for a city's or county's 政协 (see stage.ts).
describe('bodies: 全国政协 at the head of its special committee', () => {
  it.each([
    ['全国政协社会和法制委员会调研组在云南开展专题调研。', ['全国政协', '全国政协社会和法制委员会']],
    ['全國政協民宗委舉行宗教界委員座談會。', ['全国政协', '全国政协民宗委']],
    ['中国人民政治协商会议全国委员会人口资源环境委员会召开全体会议。', ['全国政协人口资源环境委员会']],
  ])('%s', (text, bodies) => {
    expect(names(text)).toEqual(expect.arrayContaining(bodies))
  })

  it('listed once where also written alone', () => {
    expect(names('全国政协副主席出席,全国政协提案委员会主任主持。').filter((n) => n === '全国政协')).toEqual(['全国政协'])
  })

  it('its mention is the head of the special committee\'s name', () => {
    const text = '全国政协农业和农村委员会召开座谈会。'
    const c = committees(text).find((x) => x.name === '全国政协')
    expect(c?.mentions.map((m) => m.text)).toEqual(['全国政协'])
    expect(c?.mentions[0] && text.slice(c.mentions[0].start, c.mentions[0].end)).toBe('全国政协')
  })

  it.fails('a city\'s 政协 written only at the head of its special committee (dev gold 493, 408; but 156, 175, 218, 228 leave it out)', () => {
    expect(names('常州市政协文教卫体委组织委员视察。')).toContain('常州市政协')
  })
})

// The stem before 司 is the department's name, never a clause: a verb with its object (介绍, 听取, 联合), a role word
// (发言人) or a verb of acting together the segmenter takes for a noun (会同, 派员) ends it, so only the ministry is a
// body. The first four are the reviewer's sentences of round 14; the rest written for this test; expected by hand.
describe('bodies: a clause between a ministry and a 司 is no department', () => {
  it.each([
    ['外交部发言人介绍礼宾司工作。', ['外交部'], ['外交部发言人介绍礼宾司']],
    ['商务部召开会议听取外资司汇报。', ['商务部'], ['商务部召开会议听取外资司']],
    ['教育部派员会同基础教育司调研。', ['教育部'], ['教育部派员会同基础教育司']],
    ['民政部联合养老服务司发文。', ['民政部'], ['民政部联合养老服务司']],
    ['财政部会同有关司局研究。', ['财政部'], ['财政部会同有关司']],
    ['农业农村部组织专家赴种业管理司座谈。', ['农业农村部'], ['农业农村部组织专家赴种业管理司']],
    ['水利部负责人陪同水资源管理司调研。', ['水利部'], ['水利部负责人陪同水资源管理司']],
    ['司法部协同法治督察局和普法与依法治理司开展检查。', ['司法部'], ['司法部协同法治督察局和普法与依法治理司']],
  ])('%s', (text, present, absent) => {
    const got = names(text)
    expect(got).toEqual(expect.arrayContaining(present))
    for (const a of absent) expect(got).not.toContain(a)
    for (const g of got) expect(g.length).toBeLessThanOrEqual(12)
  })
})
