import { describe, expect, it } from 'vitest'
import { analyzed, analyzer, PAGES } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons

describe('persons: names the segmenter misses, roles and organisations', () => {
  it.each([
    // sentence, name, roles, org, cppccMember — sentences from the sample pages
    ['徐勇委员建议，将全省创新资源向新质生产力发展促进中心集聚。', '徐勇', ['委员'], null, true],
    ['长春市政协主席高志国表示，要锚定加快建设的奋斗目标。', '高志国', ['主席'], '长春市政协', true],
    ['安徽省天长市政协副主席赵森华收到市民发来的微信。', '赵森华', ['副主席'], '天长市政协', true],
    ['大连市甘井子区政协社法委主任金雄光对研究成果进行解读。', '金雄光', ['主任'], '甘井子区政协社法委', true],
    ['在中共吉林市委坚强领导下，吉林市委书记胡斌出席会议。', '胡斌', ['市委书记'], '吉林市委', false],
    ['本报记者 高峰', '高峰', ['记者'], null, false],
    ['通讯员 张泗国 乔政恺 本报记者 高峰', '乔政恺', ['通讯员'], null, false],
    ['全国政协委员、水利部黄河水利委员会原主任岳中明一行', '岳中明', ['委员', '原主任'], '全国政协', true],
    ['省政协常委、武汉大学教授刘伟建议，加强流域综合治理。', '刘伟', ['常委', '教授'], null, true],
    ['彭浦镇党委副书记、镇长何涛主持了直播', '何涛', ['党委副书记', '镇长'], '彭浦镇党委', false],
  ])('%s → %s', (text, name, roles, org, member) => {
    const p = persons(text).find((x) => x.name === name)
    expect(p, JSON.stringify(persons(text).map((x) => x.name))).toBeDefined()
    expect(p!.roles).toEqual(expect.arrayContaining(roles as string[]))
    if (org !== null) expect(p!.org).toBe(org)
    expect(p!.cppccMember).toBe(member)
  })

  it('gives a role before a list of names to every name (委员王建军、张晓晓、姜浩、马颂)', () => {
    const ps = persons('吉林市政协委员王建军、张晓晓、姜浩、马颂在联组讨论中发言。')
    for (const n of ['王建军', '张晓晓', '姜浩', '马颂']) expect(ps.find((p) => p.name === n)?.roles).toContain('委员')
  })

  it('links mentions of one person (徐勇委员 … 徐勇建议)', () => {
    const p = persons('徐勇委员在调研中发现问题。徐勇建议，加强合作。').find((x) => x.name === '徐勇')!
    expect(p.mentions).toHaveLength(2)
  })

  it('joins a name split by OCR spaces (孙 俊 奇)', () => {
    expect(analyzed(PAGES.p000).persons.map((p) => p.name)).toContain('孙俊奇')
  })

  // Hand-written sentences for the general-news cues (not from the People's Daily set).
  it.each([
    ['这件事陈老师记得很清楚。', '陈', [3, 4]],
    ['同村郑某把他叫了过来。', '郑', [2, 3]],
    ['会上汤局长介绍了情况。', '汤', [2, 3]],
    ['县委书记汪明新经常到基层调研。', '汪明新', [4, 7]],
    ['这首歌的作者曹火星当年只有十九岁。', '曹火星', [6, 9]],
    ['联邦商会秘书长瓦尔特·沙佛尔霍夫、总经理出席。', '瓦尔特·沙佛尔霍夫', [7, 16]],
    ['调查表明，尤尔科夫等人应负主要责任。', '尤尔科夫', [5, 9]],
    ['农业部长贾斯蒂卡最近披露了数字。', '贾斯蒂卡', [4, 8]],
    ['日本首相桥本龙太郎今天抵达上海。', '桥本龙太郎', [4, 9]],
    ['冈田首相随后表示将继续会谈。', '冈田', [0, 2]],
    ['决赛中，比利时的卡勃莱拉击败了对手。', '卡勃莱拉', [8, 12]],
  ])('%s → %s', (text, name, [start, end]) => {
    const ps = persons(text)
    const p = ps.find((x) => x.name === name)
    expect(p, JSON.stringify(ps.map((x) => x.name))).toBeDefined()
    expect(p!.mentions.map((m) => [m.start, m.end])).toContainEqual([start, end])
  })

  it.each([['各大陆在古老地质时期就已形成'], ['他是政坛元老，威望很高'], ['代表团抵达莫斯科，随后前往圣彼得堡'], ['他们在吉隆坡举行会谈'], ['欧佩克组织决定减产'], ['游客来到伏羲庙前参观'], ['心怀“国之大者”']])('finds no person in %s', (text) => {
    expect(persons(text)).toEqual([])
  })

  it.each([['高端化、智能化、绿色化发展'], ['贡献智慧和力量'], ['种植玉米和木耳'], ['清正廉洁、从严治党'], ['全国政协调研组在平顺调研']])('finds no person in %s', (text) => {
    expect(persons(text)).toEqual([])
  })
})

describe('statements on page 000: every 建议/表示/说/认为 sentence', () => {
  const st = analyzed(PAGES.p000).statements
  it.each([
    ['徐勇', '建议', '将全省创新资源向新质生产力发展促进中心集聚'],
    ['吴亚军', '认为', '自主车企面临着创新力建立与创新投入不足'],
    ['吴亚军', '建议', '应加强与国际先进的新兴产业代表深度合作'],
    ['丁肇勇', '建议', '应坚持“先立后破”'],
    ['孙俊奇', '认为', '这两类产业在各个阶段都包含着'],
    ['孙俊奇', '建议', '应以卓越工程师培养为抓手'],
    ['卢金堂', '表示', '我们要求委员做有心人，为民解忧，为老百姓代言'],
    ['彭恭顺', '建议', '广场周围的名人石雕像是近20年前所建'],
    ['邓海军', '建议', '想方设法迎接散落在外地的南康籍烈士遗骸回归故里'],
    ['钟恢森', '说', '区政协将进一步建立健全协商成果转化制度机制'],
    ['委员们', '说', '这次推介会可视作是区政协委员单位暨百家企业招聘会活动的延续'],
  ])('%s %s：%s', (speaker, verb, said) => {
    const s = st.find((x) => x.speaker === speaker && x.verb === verb && x.text.includes(said))
    expect(s, JSON.stringify(st.map((x) => [x.speaker, x.verb, x.text.slice(0, 12)]))).toBeDefined()
    expect(s!.span.text.replace(/\s/g, '')).toContain(said.replace(/\s/g, ''))
  })
})

describe('persons: a military rank before a title belongs to it', () => {
  const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)
  it('区委常委、人武部上校政委 → two roles, the first one of the 区委', () => {
    expect(person('河南省开封市顺河回族区政协召开会议。区委常委、人武部上校政委吕涛参加', '吕涛')).toMatchObject({ roles: ['区委常委', '上校政委'], org: '顺河回族区委' })
  })
  it('a title without a rank stays as written', () => {
    expect(person('河南省开封市顺河回族区政协召开会议。人武部政委吕涛参加', '吕涛')?.roles).toEqual(['政委'])
  })
})
