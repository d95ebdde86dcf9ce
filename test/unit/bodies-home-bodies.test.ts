import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A bare 工商联 (no region, relative word or 全国 before it) is the 工商联 of the page's own region: the client's sample
// gold (定期走访联络民主党派和工商联 on a page of 长春市政协 → 长春市工商联) and test/fixtures/dev-pages/README.md
// ("A bare 工商联"). Expected values are hand-checked by those rules, not printed by the code.

const committees = (text: string) => analyzer.analyze(text).committees
const gsl = (text: string) => committees(text).filter((c) => c.name.includes('工商联')).map((c) => [c.name, c.region])

describe('bodies: a bare 工商联 is the page region’s', () => {
  it.each([
    ['长春市政协坚持大团结大联合。定期走访联络民主党派和工商联，不断深化党派团结合作。', '长春市工商联', '长春市'],
    ['德州市政协主席田玉茂一行走访九三学社德州市委会机关。在随后召开的市政协各民主党派、工商联工作座谈会上，田玉茂作了讲话。', '德州市工商联', '德州市'],
    ['政协甘肃省十一届一次会议以来立案的799件提案全部办复完毕。其中：省级各民主党派、工商联、有关人民团体和省政协专门委员会集体提案133件。', '甘肃省工商联', '甘肃省'],
    // The county's party committee beside the city's above it: the county's page.
    ['6月8日，桓台县委统一战线工作领导小组全体会议召开，传达学习淄博市委统战工作领导小组会议精神。县委书记林恒指出，要深化工商联改革，切实把工商联建成民营经济人士之家。', '桓台县工商联', '桓台县'],
  ])('%s → %s', (text, name, region) => {
    expect(gsl(text)).toContainEqual([name, region])
  })

  it('a page that writes no place: as written, with no region, as its 市政协 is', () => {
    const text = '据悉，市政协八届一次会议以来，各民主党派、工商联、人民团体、政协各专门委员会和广大委员，围绕市委、市政府的工作中心，积极建言献策。'
    expect(gsl(text)).toEqual([['工商联', null]])
  })

  it('a national page: 全国工商联', () => {
    const text = '全国政协十四届二次会议以来，各民主党派中央、工商联和无党派人士提交提案354件。'
    expect(gsl(text)).toEqual([['全国工商联', '全国']])
  })

  it('a person’s org follows (工商联主席 X)', () => {
    const r = analyzer.analyze('长春市政协召开党派团体座谈会。会上，工商联主席王明发言。')
    expect(r.persons.find((p) => p.name === '王明')?.org).toBe('长春市工商联')
  })
})

describe('bodies: no bare 工商联 where the words name no one region’s', () => {
  it.each([
    // National and relative forms: their own rules.
    ['长春市政协主席出席会议。全国工商联副主席李四讲话。', [['全国工商联', '全国']]],
    ['长春市政协主席出席会议。市工商联主席李四讲话。', [['长春市工商联', '长春市']]],
    // Inside a longer word: a sector of the CPPCC committee, one of its groups, the system of every level.
    ['长春市政协召开会议，工商联界别委员出席。', []],
    ['长春市政协委员带领所联系的经科组、工商联组和民营组委员开展活动。', []],
    ['长春市政协召开会议，民建工商联界委员出席。', []],
    ['长春市政协参加工商联系统助力优化营商环境工作推进会。', []],
    // Words of several regions before it.
    ['长春市政协召开会议，推动各级工商联加强组织建设。', []],
    ['长春市政协召开会议，听取各县（市、区）工商联主席汇报。', []],
    // A page of several regions with no one region; a national page that writes a region's body too.
    ['全国政协召开座谈会，长春市政协、吉林市政协负责人参加。民主党派和工商联要加强交流。', []],
    ['湖南省政协副主席张健与福建省政协副主席王红座谈。双方表示，民主党派和工商联要加强交流。', []],
    // English: the Chinese rule does not read it.
    ['The Changchun CPPCC committee visited the democratic parties and the Federation of Industry and Commerce.', []],
  ])('%s', (text, expected) => {
    expect(gsl(text)).toEqual(expected)
  })

  it('a page with no CPPCC committee, party committee or government names no region for it', () => {
    expect(gsl('民主党派和工商联要加强交流。')).toEqual([])
  })
})

describe('a bare 工商联 on a page that names another region\'s 工商联 (review of round 11)', () => {
  it.each([
    ['长春市政协主席率队赴吉林市考察，在吉林市工商联召开座谈会，听取工商联工作汇报。', [['吉林市工商联', '吉林市']]],
    ['长春市政协委员、省工商联副主席王明说，要发挥工商联作用。', [['吉林省工商联', '吉林省']]],
    ['长春市政协与省工商联座谈，双方商定，工商联将加强合作。', [['吉林省工商联', '吉林省']]],
  ])('%s: the written one only', (text, expected) => {
    expect(gsl(text)).toEqual(expected)
  })
  it('still the page\'s own where no other is written', () => {
    expect(gsl('长春市政协定期走访联络民主党派和工商联。')).toEqual([['长春市工商联', '长春市']])
  })
})

// Review of round 11: an archive page holds several articles (split as the structure stage splits them: a title and a
// byline each). A bare 工商联 is the 工商联 of its own article's region, not of the page's first or of every article.
describe('a bare 工商联 on a page of several articles (review of round 11)', () => {
  const changchun = '长春市政协加强团结合作\n\n记者 张三\n\n长春市政协坚持大团结大联合。定期走访联络民主党派和工商联，不断深化党派团结合作。'
  const jilin = '吉林市政协召开党派团体座谈会\n\n记者 李四\n\n吉林市政协召开座谈会，听取民主党派和工商联的意见建议。'
  // No CPPCC committee, party committee or government of its own: no region for its 工商联.
  const noOwn = '民营企业座谈会召开\n\n记者 李四\n\n座谈会上，工商联负责人介绍了民营经济发展情况。'
  // Names another city's 工商联: its own bare 工商联 is left unresolved, not the next article's.
  const visit = '长春市政协赴吉林市考察\n\n记者 张三\n\n长春市政协主席率队在吉林市工商联召开座谈会，听取工商联工作汇报。'
  const articles = (...parts: string[]) => analyzer.analyze(parts.join('\n\n'))
  const mentionsOf = (r: ReturnType<typeof articles>) => r.committees.filter((c) => c.name.includes('工商联')).map((c) => [c.name, c.region, c.mentions.map((m) => m.article)])

  it('each article’s 工商联 is its own region’s', () => {
    const r = articles(changchun, jilin)
    expect(r.articles).toHaveLength(2)
    expect(mentionsOf(r)).toEqual([['长春市工商联', '长春市', [0]], ['吉林市工商联', '吉林市', [1]]])
  })
  it('an article with no own body takes no other article’s region', () => {
    const r = articles(changchun, noOwn)
    expect(r.articles).toHaveLength(2)
    expect(mentionsOf(r)).toEqual([['长春市工商联', '长春市', [0]]])
  })
  it('another region’s 工商联 written in one article leaves the next article’s own', () => {
    const r = articles(visit, changchun)
    expect(r.articles).toHaveLength(2)
    expect(mentionsOf(r)).toEqual([['吉林市工商联', '吉林市', [0]], ['长春市工商联', '长春市', [1]]])
  })
})

// A sector written with its organisation in quotes (“工商联”界) is the sector, as 工商联界 is (README: bare 工商联, not a
// body inside a longer word); a quoted 工商联 that ends a phrase is still the page's. Sentences of our own, by hand.
describe('bodies: a quoted 工商联 before a sector word', () => {
  const bodyNames = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)
  it.each([
    ['长春市政协“工商联”界委员开展视察。', []],
    ['长春市政协定期走访民主党派和“工商联”,听取意见。', ['长春市工商联']],
  ])('%s', (text, bodies) => {
    expect(bodyNames(text).filter((n) => n.endsWith('工商联'))).toEqual(bodies)
  })
})
