import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons
const find = (text: string, name: string) => persons(text).find((p) => p.name === name)

// Hand-checked truth for real-style sentences (names varied): a title shared by a list of names, the
// body of a member's title, credits.
describe('persons: a title shared by a list of names', () => {
  it.each([
    // A count of the names before the title they share (A、B、C4名委员).
    ['安庆市政协召开会议。在联组会议上，查明宇、崔文华、汪恭平、黄丽萍4名界别委员分别交流发言。', ['查明宇', '崔文华', '汪恭平', '黄丽萍'], ['委员'], '安庆市政协', true],
    ['文成县政协召开常委会。张建国、李明华两名委员作了发言。', ['张建国', '李明华'], ['委员'], '文成县政协', true],
    // …and after 等, with a title that names the 政协 (界别委员), in a sentence that names another body first.
    ['安庆市政协会议期间，市工商联提交了集体提案，林福安、汪秀清等界别委员向大会提交了9份提案。', ['林福安', '汪秀清'], ['委员'], '安庆市政协', true],
    // A conjunction that closes a list (A、B以及C; A、B和C).
    ['出席会议的还有长春市政协副主席张建国、李明华以及赵志刚。', ['张建国', '李明华', '赵志刚'], ['副主席'], '长春市政协', true],
    ['长春市政协副主席刘志伟、陈晓东和林少棠参加活动。', ['刘志伟', '陈晓东', '林少棠'], ['副主席'], '长春市政协', true],
    // A stray comma before the list mark (陈静薇,、王钢).
    ['静安区政协副主席陈静薇,、王钢率队督办。', ['陈静薇', '王钢'], ['副主席'], '静安区政协', true],
  ])('%s', (text, names, roles, org, member) => {
    for (const name of names) {
      const p = find(text, name)
      expect(p, name).toBeDefined()
      expect(p!.roles).toEqual(roles)
      expect(p!.org).toBe(org)
      expect(p!.cppccMember).toBe(member)
    }
  })

  it.each([
    // 主席A和B may name two people who met: a conjunction joins a name to a list of two or more only.
    ['县委书记张建国和李明华进行了交流。', '李明华'],
    // A count of people that is no title (等12名同志).
    ['王建国、李明华等12名同志参加。', '李明华'],
  ])('gives no title to the name after the list in %s', (text, name) => {
    const p = find(text, name)
    expect(p).toBeDefined()
    expect(p!.roles).toEqual([])
  })
})

describe('persons: a member title after the name is one of the 政协', () => {
  it.each([
    // The special committee named before in the sentence is a proposer of its own, not the member's body.
    ['静安区政协召开督办会。提案分别由区政协医卫文体委员会，郭纯明委员，顾小萍、胡祖鹏委员联名提出。', '郭纯明', '静安区政协'],
    ['静安区政协召开督办会。提案分别由区政协医卫文体委员会，郭纯明委员，顾小萍、胡祖鹏委员联名提出。', '胡祖鹏', '静安区政协'],
  ])('%s → %s', (text, name, org) => {
    const p = find(text, name)
    expect(p).toBeDefined()
    expect(p!.roles).toEqual(['委员'])
    expect(p!.org).toBe(org)
    expect(p!.cppccMember).toBe(true)
  })

  it.each([
    // A 委员 elected by a party body stays one of that body.
    ['民盟临沂市委召开大会，选举孟凡明为主任委员。', '孟凡明', '民盟临沂市委', false],
  ])('%s → %s of %s', (text, name, org, member) => {
    const p = find(text, name)
    expect(p).toBeDefined()
    expect(p!.org).toBe(org)
    expect(p!.cppccMember).toBe(member)
  })
})

describe('persons: a name right after a body with no title', () => {
  it.each([
    // …also through a clause that announces the list (出席会议的市政协领导有A、B): a 政协's leaders hold its offices.
    ['长治市政协召开会议。出席会议的市政协领导有李明华、王志刚。', '王志刚', '长治市政协', true],
    ['长治市政协召开会议。市公安局领导潘明远、王力军参加。', '王力军', '长治市公安局', false],
  ])('%s → %s of %s', (text, name, org, member) => {
    const p = find(text, name)
    expect(p).toBeDefined()
    expect(p!.roles).toEqual([])
    expect(p!.org).toBe(org)
    expect(p!.cppccMember).toBe(member)
  })

  it.each([
    ['会后，中共中山市委统战部余华涛会见了调研组。', '余华涛', '中山市委统战部'],
    ['会后，中共贵阳市委统战部孙立军会见了调研组。', '孙立军', '贵阳市委统战部'],
  ])('%s → %s of %s', (text, name, org) => {
    const p = find(text, name)
    expect(p).toBeDefined()
    expect(p!.roles).toEqual([])
    expect(p!.org).toBe(org)
    expect(p!.cppccMember).toBe(false)
  })
})

describe('persons: the body of a title that implies it', () => {
  it.each([
    // A party group's title before a title that implies its body: the body named earlier, not the nearest one.
    ['岳阳县政协视察。岳阳县检察院全体班子成员参加了在县法院召开的座谈会，党组书记、检察长钟沁汇报了工作。', '钟沁', ['党组书记', '检察长'], '岳阳县检察院'],
    ['文成县政协召开常委会。县法院党组书记、院长任国民，县检察院党组书记、检察长陈锋列席会议。', '陈锋', ['党组书记', '检察长'], '文成县检察院'],
    // Government, party and department titles of the page's region.
    ['文成县政协召开常委会。副县长李明华出席。', '李明华', ['副县长'], '文成县政府'],
    ['文成县政协召开常委会。县委书记王志刚讲话。', '王志刚', ['县委书记'], '文成县委'],
    ['文成县政协召开常委会。县财政局局长赵小军汇报。', '赵小军', ['局长'], '文成县财政局'],
    // A title after the name alone is one of the body written right before the name.
    ['贵州省政协检查提案办理。民进贵州省委龙长启参事表示满意。', '龙长启', ['参事'], '民进贵州省委'],
    ['贵州省政协检查提案办理。致公党贵州省委史武钢副巡视员表示满意。', '史武钢', ['副巡视员'], '致公党贵州省委'],
  ])('%s → %s', (text, name, roles, org) => {
    const p = find(text, name)
    expect(p).toBeDefined()
    expect(p!.roles).toEqual(roles)
    expect(p!.org).toBe(org)
    expect(p!.cppccMember).toBe(false)
  })

  it.each([
    // A party group's title of the 政协 itself stays the 政协's.
    ['文成县政协召开常委会。县政协党组书记、主席刘金红主持会议。', '刘金红', ['党组书记', '主席'], '文成县政协', true],
    // A member's title after a name right after the 政协.
    ['长治市政协召开会议。市政协张建国委员发言。', '张建国', ['委员'], '长治市政协', true],
    // Titles of other bodies after a CPPCC title keep the chain whole (纪检书记, 总统计师): the body is the 政协's.
    ['临澧县政协召开会议。政协委员、扶贫办纪检书记黄静参加。', '黄静', ['委员', '纪检书记'], '临澧县政协', true],
    ['临澧县政协召开会议。政协委员、县统计局总统计师尹素娟参加。', '尹素娟', ['委员', '总统计师'], '临澧县政协', true],
    // The word 政协 before a department of its own is the body, not part of the title; the head of a department is staff.
    ['临澧县政协召开会议。政协办公室主任张建国参加。', '张建国', ['办公室主任'], '临澧县政协', false],
    // …also after a special committee named last (the 政协's office, not the committee's).
    ['临澧县政协召开会议。县政协经科委主任马吉周，政协办公室主任姚绍卫参加。', '姚绍卫', ['办公室主任'], '临澧县政协', false],
    // A party unit of a body (机关党委) keeps its title whole; the body written before it is the org.
    ['贵州省政协检查提案。省委办公厅机关党委书记张欣参加。', '张欣', ['机关党委书记'], '贵州省委办公厅', false],
    // A chain of titles through a body whose region's character the body left out (县老年大学): the first CPPCC title's body.
    ['临澧县政协开展视察活动。县政协原副主席、县老年大学校长张建国参加。', '张建国', ['原副主席', '校长'], '临澧县政协', true],
  ])('%s → %s of the 政协', (text, name, roles, org, member) => {
    const p = find(text, name)
    expect(p).toBeDefined()
    expect(p!.roles).toEqual(roles)
    expect(p!.org).toBe(org)
    expect(p!.cppccMember).toBe(member)
  })
})

describe('persons: a surname the segmenter tagged as another word', () => {
  it.each([
    // A pronoun after a title (院长/n 任/r 国权/n).
    ['文成县法院院长任国权出席会议。', '任国权', ['院长']],
    // A morpheme in a list of names (、孙/zg 立国/ns).
    ['长治市政协召开会议。委员赵小军、孙立国参加。', '孙立国', ['委员']],
  ])('%s → %s', (text, name, roles) => {
    const p = find(text, name)
    expect(p, JSON.stringify(persons(text).map((x) => x.name))).toBeDefined()
    expect(p!.roles).toEqual(roles)
  })

  it.each([
    ['主任何时回来还不知道。'],
    ['任何单位不得截留。'],
  ])('finds no person in %s', (text) => {
    expect(persons(text)).toEqual([])
  })
})

describe('persons: credits', () => {
  it.each([
    ['（撰稿人：康曼　审稿人：储明华）', '康曼', '撰稿人'],
    ['（撰稿人：康曼　审稿人：储明华）', '储明华', '审稿人'],
    ['供稿丨钱佩予', '钱佩予', '供稿'],
    ['编辑｜钱佩予', '钱佩予', '编辑'],
    ['临澧县政协召开会议。\n新媒体编辑：娄梦雅\n撰文：胡丹丹', '娄梦雅', '新媒体编辑'],
    ['临澧县政协召开会议。\n新媒体编辑：娄梦雅\n撰文：胡丹丹', '胡丹丹', '撰文'],
    ['（首席记者 张建国）临澧县政协召开会议。', '张建国', '首席记者'],
  ])('%s → %s', (text, name, role) => {
    const p = find(text, name)
    expect(p, JSON.stringify(persons(text).map((x) => x.name))).toBeDefined()
    expect(p!.roles).toEqual([role])
    expect(p!.org).toBeNull()
    expect(p!.cppccMember).toBe(false)
  })

  it.each([
    // A credit that closes a byline after the name, the body written before it.
    ['黄冈市政协召开会议，探讨提案办理。\n（黄冈市政协 孙泽红 供稿）', '孙泽红', '供稿', '黄冈市政协'],
  ])('%s → %s', (text, name, role, org) => {
    const p = find(text, name)
    expect(p).toBeDefined()
    expect(p!.roles).toEqual([role])
    expect(p!.org).toBe(org)
    expect(p!.cppccMember).toBe(false)
  })

  it.each([
    // A credit after a name that is credited before it is the next name's (记者 林海波 通讯员 陈明亮).
    ['（记者 林海波 通讯员 陈明亮）临澧县政协召开会议。', '林海波', ['记者']],
    // 摄 closing the credit is a credit of its own, the word as written (test/fixtures/dev-pages/README.md, persons).
    ['临澧县政协召开会议。（记者 林海波 摄）', '林海波', ['记者', '摄']],
  ])('%s → %s keeps its own credit', (text, name, roles) => {
    const p = find(text, name)
    expect(p).toBeDefined()
    expect(p!.roles).toEqual(roles)
    expect(p!.org).toBeNull()
  })

  it('reads no name into the bar of a credit', () => {
    expect(persons('供稿丨钱佩予').map((p) => p.name)).not.toContain('丨钱佩')
  })
})

describe('persons: two holders of one office in one 政协', () => {
  const visit = '乐山市政协来我县考察调研。5月16日，乐山市政协主席黄平林率队到我县考察。市政协主席侯中文、县委书记李玉甫陪同。'
  it.each([
    // The relative 市政协 of the host: the other 政协 of that level the page names.
    [`${visit}考察组将把巴中政协工作的好思路带回去。`, '侯中文', '巴中市政协'],
    [`${visit}考察组将把巴中政协工作的好思路带回去。`, '黄平林', '乐山市政协'],
    // No other 政协 of that level named: the host's own, whose region the page never writes (乐山 is the visitors').
    [visit, '侯中文', '市政协'],
    // One holder only.
    ['乐山市政协召开会议。市政协主席黄平林讲话。巴中市政协考察组参加。', '黄平林', '乐山市政协'],
  ])('%s → %s of %s', (text, name, org) => {
    const p = find(text, name)
    expect(p).toBeDefined()
    expect(p!.roles).toEqual(['主席'])
    expect(p!.org).toBe(org)
    expect(p!.cppccMember).toBe(true)
  })
})

// A photo credit written with the verb after the name (张鑫 摄, 徐梦溪摄) is the name's role as written (GUIDE: credits are roles).
describe('photo credits written as a verb', () => {
  it.each([
    ['图为会议现场。张鑫 摄', '张鑫'],
    ['临澧县政协召开会议（中评社 徐梦溪摄）。', '徐梦溪'],
  ])('%s → %s: 摄', (text, name) => {
    const p = find(text, name)
    expect(p).toBeDefined()
    expect(p!.roles).toEqual(['摄'])
    expect(p!.org).toBeNull()
    expect(p!.cppccMember).toBe(false)
  })
})
