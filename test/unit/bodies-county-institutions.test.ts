import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)

// County and township public institutions (round 14): hand-checked expected values by test/fixtures/gold/GUIDE.md
// and test/fixtures/dev-pages/README.md (public institutions stay, kind other; a township's 便民服务中心 is
// government as on dev 676; generic collectives such as 全县各乡镇X name no body). Sentences marked (page) are
// from dev pages; the others were written for this test.

describe('bodies: a community health centre is named as written from its community or street', () => {
  it.each([
    // (page 750)
    ['代表委员一行来到了团结新村街道社区卫生服务中心。', '团结新村街道社区卫生服务中心', '团结新村街道'],
    ['区政协委员前往集美区杏滨街道社区卫生服务中心考察。', '杏滨街道社区卫生服务中心', '杏滨街道'],
    ['委员们来到郭店镇中心社区卫生服务中心察看。', '郭店镇中心社区卫生服务中心', '郭店镇'],
    ['县政协委员走访了马坊镇社区卫生服务中心。', '马坊镇社区卫生服务中心', '马坊镇'],
  ])('%s → %s', (text, name, region) => {
    const c = body(text, name)
    expect(c).toMatchObject({ kind: 'other' })
    if (region) expect(c?.region).toBe(region)
    expect(names(text).filter((n) => n.endsWith('社区卫生服务中心') && n !== name)).toEqual([])
  })

  // A community written short is no district, street or city of that name: the centre's region is the district the
  // page writes (柳南区), never the street or city the short name also names (dev 756: 柳南区柳南社区; dev 753: 西安 is a
  // community of a district of 佛山, not 西安市).
  it.fails('(page 756) 柳南 of 柳南区柳南社区 is the community: region 柳南区', () => {
    const c = body('视察组在柳南区柳南社区卫生服务中心视察。', '柳南社区卫生服务中心')
    expect(c).toMatchObject({ kind: 'other' })
    expect(c?.region).toBe('柳南区')
  })
  it.fails('(page 753) 西安 here is a community: no body of 西安市', () => {
    const c = body('区人大代表对西安社区卫生服务中心开展专项调研。', '西安社区卫生服务中心')
    expect(c).toMatchObject({ kind: 'other' })
    expect(c?.region).not.toBe('西安市')
  })

  it.each([
    ['全区社区卫生服务中心都已完成标准化建设。'],
    ['各社区卫生服务中心要加强家庭医生签约服务。'],
    ['有关社区卫生服务中心负责人参加座谈。'],
    // (page 757) a kind of centre to be built, not one named.
    ['开发区计划在辖区内新建一家综合性社区卫生服务中心。'],
    // A common word before 社区 names no community (review of round 14; the last three written for this test).
    ['加强城市社区卫生服务中心建设。'],
    ['今年新建社区卫生服务中心3个。'],
    ['全市建成标准化社区卫生服务中心12家。'],
    ['辖区社区卫生服务中心开展义诊。'],
    ['推动农村和城镇社区卫生服务中心提档升级。'],
    ['基层社区卫生服务中心人手不足。'],
    ['新型社区卫生服务中心投入使用。'],
  ])('%s: no body', (text) => {
    expect(names(text).filter((n) => n.endsWith('服务中心'))).toEqual([])
  })

  it.fails('a community glued to the preposition before it (在 + 潭西社区; page 756)', () => {
    expect(names('在潭西社区卫生服务中心进行视察。')).toContain('潭西社区卫生服务中心')
  })
})

describe('bodies: a township’s service centre is a government body; every township’s is none', () => {
  it.each([
    // (page 758)
    ['视察组一行实地察看了大榆镇便民服务中心和金鹤分中心。', '大榆镇便民服务中心', '大榆镇'],
    ['委员们参观走访了恒济镇便民服务中心大厅。', '恒济镇便民服务中心', '恒济镇'],
    ['李亲顾镇便民服务中心于10月15日投入运行。', '李亲顾镇便民服务中心', '李亲顾镇'],
    ['县政协委员来到城关镇便民服务中心了解审批事项下放情况。', '城关镇便民服务中心', '城关镇'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'government', region })
  })

  it.each([
    ['全县各乡镇便民服务中心、派出所和卫生院均已完成标准化建设。'],
    ['县政协组织委员视察乡镇便民服务中心建设情况。'],
    ['把农村便民服务中心建成民心工程。'],
    ['各村卫生室和各镇便民服务中心实现全覆盖。'],
  ])('%s: no township body', (text) => {
    expect(names(text).filter((n) => /服务中心|派出所|卫生院|卫生室/.test(n))).toEqual([])
  })
})

describe('bodies: a county’s hospital written after its relative word or its name', () => {
  it.each([
    ['宽城满族自治县医院举行义诊活动。', '宽城满族自治县医院', '宽城满族自治县'],
    ['四平市政协委员联合市妇婴医院开展义诊。', '四平市妇婴医院', '四平市'],
    // (page 376) round 26: the row 医院 of data/bodies.tsv is read only with its region written right before it (flag r).
    ['卢氏县政协副主席、县医院院长陈泽民参加座谈。', '卢氏县医院', '卢氏县'],
    ['视察组先后前往平远县医院整体搬迁项目和县妇幼保健院。', '平远县医院', '平远县'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'other', region })
  })

  // A bare 医院 is no home region's (医院院长 → no 长春市医院), nor is 中山 + 医院 inside 复旦大学附属中山医院 a place's
  // (bodies-relative-bare-hospital.test.ts); so a short place before 医院 is not read at all, and this stays open.
  it.fails.each([
    // (page 571) a short place before 医院 stays as written.
    ['北京市西城区卫生健康委组织朝阳医院专家赴宽城义诊。', '朝阳医院'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it.each([
    ['各县医院要加强急诊能力建设。'],
    ['乡镇卫生院和县级医院的医生参加培训。'],
  ])('%s: no hospital', (text) => {
    expect(names(text).filter((n) => n.endsWith('医院'))).toEqual([])
  })
})

describe('bodies: a township health centre named from its township written short', () => {
  it.each([
    ['视察组一行先后前往临城卫生院、县妇幼保健院整体搬迁项目等单位。', '临城卫生院'],
    ['代表先后视察了访中路拓宽建设项目以及访仙卫生院异地新建项目。', '访仙卫生院'],
    // (page 569; traditional) the second of two townships sharing the head.
    ['專家們分赴東海縣中醫院各科室和石梁河、南辰衛生院開展義診。', '南辰卫生院'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'other' })
    expect(analyzer.analyze(text).persons.map((p) => p.name)).not.toContain(name.slice(0, 2))
  })

  it.each([
    ['要持续加大投入，增强乡镇卫生院硬件建设。'],
    ['城区卫生院和基层卫生院的医生参加培训。'],
    ['公立卫生院要落实药品零差率。'],
  ])('%s: no health centre', (text) => {
    expect(names(text).filter((n) => n.endsWith('卫生院'))).toEqual([])
  })

  it.fails('the first of two townships sharing the head (石梁河、南辰卫生院; page 569)', () => {
    expect(names('专家们分赴东海县中医院和石梁河、南辰卫生院开展义诊。')).toContain('石梁河卫生院')
  })

  // Round 29: 白砂 read as 白砂镇 before its health centre (data/place-words.tsv, column institution).
  it('a township written short as a common noun (白砂 + 卫生院)', () => {
    expect(names('视察组先后前往县医院整体搬迁项目、白砂卫生院等单位。')).toContain('白砂卫生院')
  })
})

describe('bodies: a township health centre written after the relative word 镇', () => {
  // A row 卫生院 in data/bodies.tsv resolves 镇卫生院, but reads 孙寺镇卫生院 (a town the gazetteer lacks) as a bare
  // 镇卫生院: left open (survey pages of 丹阳市 吕城镇, 长阳 高家堰镇, 成武县 孙寺镇).
  it.fails('镇卫生院 on a page about one town is that town’s, and no word glued before it joins the name', () => {
    const text = '8月22日，市人大常委会副主任韩静慧来吕城镇调研基层卫生健康工作。调研组对镇卫生院的职能科室进行了实地调研，充分肯定了吕城镇卫生院近年来的工作。'
    expect(names(text).filter((n) => n.endsWith('卫生院'))).toEqual(['吕城镇卫生院'])
  })

  it('a town the gazetteer lacks keeps its health centre whole (孙寺镇卫生院)', () => {
    expect(names('成武县卫健局局长朱利静对孙寺镇卫生院进行实地走访调研。')).toContain('孙寺镇卫生院')
  })

  it('a township written short before 卫生院 keeps its name as written (万荣县贾村卫生院 → 贾村卫生院; page 301)', () => {
    expect(names('考察组考察了运城市万荣县贾村卫生院。')).toContain('贾村卫生院')
    expect(names('考察组考察了运城市万荣县贾村卫生院。')).not.toContain('贾村乡卫生院')
  })
})

// A person's name written before a township's institution and its title is no township written short (review of
// round 14: 请张伟卫生院院长发言 gave the body 张伟卫生院 and lost the person). The segmenter tags such names nr or x:
// nr is no longer read as a township (TOWN_POS); an unknown word (x) still is, since most townships written short are x
// (访仙, 柳南): known gap.
describe('bodies: a person before a township institution’s title is no township', () => {
  it.each([
    ['会上王建国卫生院院长作了发言。', '王建国'],
  ])('%s', (text, person) => {
    const r = analyzer.analyze(text)
    expect(r.committees.map((c) => c.name).filter((n) => n.endsWith('卫生院'))).toEqual([])
    expect(r.persons.map((p) => p.name)).toContain(person)
  })

  it.fails.each([
    ['请张伟卫生院院长发言。', '张伟'],
    ['随后赵明华卫生院副院长汇报了工作。', '赵明华'],
    ['邀请刘洋卫生院院长参加。', '刘洋'],
  ])('%s (x-tagged name: known gap)', (text, person) => {
    const r = analyzer.analyze(text)
    expect(r.committees.map((c) => c.name).filter((n) => n.endsWith('卫生院'))).toEqual([])
    expect(r.persons.map((p) => p.name)).toContain(person)
  })
})
