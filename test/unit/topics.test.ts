import { describe, expect, it } from 'vitest'
import { CppccNlpError, createAnalyzer, parseTaxonomy, trainTopicClassifier, ArchiveKeywords } from '../../src/index.js'
import { enumerations, RELATIVE, scoreTopics, termHits } from '../../src/topics/score.js'
import { loadTopics } from '../../src/topics/taxonomy.js'
import { analyzed, analyzer, PAGES } from '../helpers.js'

describe('topic tags', () => {
  it('assigns each sample page its first gold tag', () => {
    const first: Record<string, string> = { [PAGES.p000]: 'innovation', [PAGES.p001]: 'proposals', [PAGES.p002]: 'industry', [PAGES.p003]: 'innovation', [PAGES.p004]: 'digital' }
    for (const [id, tag] of Object.entries(first)) expect(analyzed(id).topics.map((t) => t.id)).toContain(tag)
  })

  it('gives evidence words and scores, best first', () => {
    const t = analyzed(PAGES.p004).topics
    expect(t[0]!.evidence.length).toBeGreaterThan(0)
    for (let i = 1; i < t.length; i++) expect(t[i]!.score).toBeLessThanOrEqual(t[i - 1]!.score)
  })

  it('does not tag a grain-security paragraph with employment, nor boilerplate with party-building', () => {
    const text = '政协委员围绕粮食安全开展专题协商，建议加强耕地保护和黑土地保护，推进高标准农田建设，稳定粮食生产，发展种业。'
    const ids = analyzer.analyze(text).topics.map((t) => t.id)
    expect(ids[0]).toBe('food-security')
    expect(ids).not.toContain('employment')
    const boiler = '坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，凝聚共识，推动高质量发展。'.repeat(3)
    expect(analyzer.analyze(boiler).topics.map((t) => t.id)).not.toContain('party-building')
  })

  it('tags each article of a page on its own', () => {
    const arts = analyzed(PAGES.p004).articles
    expect(arts.find((a) => a.subtitle === '吉林市政协')?.topics?.[0]).toBe('digital')
  })

  it('takes a user taxonomy, validated', () => {
    const taxonomy = parseTaxonomy({ tags: [{ id: 'water', label: '水利', terms: { 河长制: 3, 水利: 2 } }] })
    const a = createAnalyzer({ taxonomy, topicThreshold: 1 })
    expect(a.analyze('推进河长制责任落实，推动水利建设。').topics.map((t) => t.id)).toEqual(['water'])
    expect(() => parseTaxonomy({ tags: [{ id: 'Bad Id', label: '', terms: {} }] })).toThrow(CppccNlpError)
    expect(() => createAnalyzer({ topicThreshold: -1 })).toThrow(/E_INVALID_OPTIONS/)
  })
})

describe('topic tags: evidence classes', () => {
  // Hand-written sentences in the style of the pages; `true`: the tag is assigned, `false`: it must not be.
  it.each<[string, string, boolean]>([
    // 提案 and 社情民意 name a CPPCC work itself: one mention outside a list decides.
    ['proposals', '今年以来，县政协共收到委员提案156件，立案132件。', true],
    ['proposals', '市政协提案委员会走访承办单位，协商督办重点提案。', true],
    // A session's fixed agenda item on proposal work is part of the session (dev-pages README): no proposals.
    ['proposals', '县政协副主席向大会作提案工作情况报告。', false],
    ['proposals', '会议通过了政协第六届委员会第一次会议提案审查委员会关于提案审查情况的报告。', false],
    ['proposals', 'The members discussed and passed the proposal work report (draft).', false],
    // Chinese rows of classes the English rows already name (poverty alleviation, city planning, expressways).
    ['rural', '委员们调研脱贫地区产业扶贫项目，了解扶贫车间带动群众就业和扶贫资金使用情况。', true],
    ['urban', '视察组察看高速公路建设和市政工程进展，听取城市规划情况汇报。', true],
    ['urban', '市政协召开主席会议，研究部署下半年工作。', false],
    ['proposals', '委员们围绕城乡融合发展建言献策，提出了具有针对性的意见建议。', false],
    ['public-opinion', '今年以来，市政协委员共反映社情民意76条。', true],
    // Named as one item of an enumeration: in passing.
    ['public-opinion', '要健全反映社情民意、联系群众、服务人民机制，推进基层协商。', false],
    ['health-care', '围绕经济、科技、教育、文化、医疗卫生、环境保护等多个领域提出建议。', false],
    ['innovation', 'The proposals involve rural vitalization, economic development, social governance, scientific and technological innovation, and ecological protection.', false],
    ['innovation', '委员围绕科技创新开展调研，推动科技成果转化和研发投入。', true],
    // The democratic parties by their short names, not words that end in 民 before 革, 建, 进.
    ['united-front', '民革金华市委会直属兰溪市支部成立，兰溪目前有民革党员8人。', true],
    ['united-front', '民进武汉市委会主委出席，民进会员作题为《关于科技赋能文旅》的发言。', true],
    ['united-front', '区政协主席参观中国人民革命军事博物馆，了解人民革命历史。', false],
    ['united-front', '村民建房审批和居民进小区的管理问题。人民建议征集活动启动。', false],
    ['united-front', '两地政协缔结为友好政协，签订友好政协协议书，增进友谊。', true],
    ['united-front', 'The RCCK leads research on building participating political parties; the Jiusan Society joins it.', true],
    ['grassroots', '街道政协联络室组织委员活动组开展小微协商，推动“有事来商量”向基层延伸。', true],
    ['grassroots', '市政协召开常委会议，审议通过了人事事项。', false],
    ['health-care', '市政协调研组开展食品安全专题调研，了解食品安全监管和食品药品检验工作。', true],
    // Officials named by title among those attending are no evidence of their field.
    ['rule-of-law', '区法院院长、区检察院检察长应邀出席开幕会。', false],
    ['rule-of-law', '深化国家监察体制改革，推进法治政府建设。', true],
    ['party-building', '各民主党派要加强政治学习，开展学习实践活动，加强思想建设。', true],
    // The CPPCC's three functions named together, and an inspection tour alone, are not democratic supervision.
    ['democratic-supervision', '委员们积极履行政治协商、民主监督和参政议政职能。', false],
    ['democratic-supervision', '视察组一行视察了高标准农田建设。', false],
    ['democratic-supervision', '政协组织开展民主监督视察活动，推进问题整改回头看。', true],
    ['industry', '工商联指导基层商会建设，走访商会会员企业。', true],
    ['industry', 'Advisers discussed how to boost the economy and the free trade port, as GDP grew and the stimulus reached private enterprises.', true],
    // "Municipal Committee" and "construction" of a party say nothing of cities.
    ['urban', 'The Municipal Committee met in the city; construction of the party was discussed.', false],
    ['urban', 'The city management and rail transit projects, and city construction, made progress.', true],
  ])('%s in %s: %s', (tag, text, expected) => {
    expect(analyzer.analyze(text).topics.map((t) => t.id).includes(tag)).toBe(expected)
  })

  it('keeps a further tag only with a quarter of the first tag\'s score (RELATIVE)', () => {
    // A proposals page that names one AI proposal in passing: innovation is far below proposals.
    const passing = '县政协进一步提高提案质量和办理质量，确定10件重点提案由主席领衔督办，提案委主任带队跟踪督办，邀请提案人参与督办，立案的17件提案已全部办结。其中一件提案建议加强人工智能研发。'
    const ids = analyzer.analyze(passing).topics.map((t) => t.id)
    expect(ids[0]).toBe('proposals')
    expect(ids).not.toContain('innovation')
    // Two fields the page treats alike both stay.
    const both = '委员调研乡村振兴和农业农村发展，了解农民增收和农村人居环境；又调研老旧小区改造和城市更新，了解小区加装电梯和物业管理。'
    const two = analyzer.analyze(both).topics.map((t) => t.id)
    expect(two).toContain('rural')
    expect(two).toContain('urban')
    // Without the floor (a page of several articles, each with its own subject) the passing tag stays.
    const topics = loadTopics(undefined)
    const floorless = scoreTopics(termHits(passing, topics), passing.length, topics.taxonomy, 4, 0).map((t) => t.id)
    expect(floorless).toContain('innovation')
    // A long text of one article (a 3,600-character review of a year's work) keeps its lesser fields.
    expect(analyzed(PAGES.p002).topics.map((t) => t.id)).toEqual(expect.arrayContaining(['proposals', 'public-opinion', 'party-building']))
    expect(RELATIVE).toBeGreaterThan(0)
    expect(RELATIVE).toBeLessThan(1)
  })

  it('counts terms of one tag written inside each other once (社情民意 holds 民意)', () => {
    const two = analyzer.analyze('委员反映社情民意，市政协汇总社情民意。').topics.find((t) => t.id === 'public-opinion')
    // Weight 4 written twice (log2 3), times the term's record on the dev pages for a term written again (precision.ts);
    // written once it would be no evidence alone (data/topic-field-names.txt).
    const topics = loadTopics(undefined)
    const more = topics.factors[topics.taxonomy.tags.findIndex((t) => t.id === 'public-opinion')]!.get('社情民意')![1]
    expect(two?.score).toBe(Math.round(4 * more * Math.log2(3) * 100) / 100)
    expect(two?.evidence).toEqual(['社情民意'])
  })

  it('marks enumerations clause by clause, in Chinese and in English', () => {
    const zh = '围绕科技、教育、文化开展调研，形成报告。'
    const m = enumerations(zh)
    expect(m[zh.indexOf('教育')]).toBe(1)
    expect(m[zh.indexOf('报告')]).toBe(0)
    const en = 'Topics include education, health, housing, and jobs. The report was adopted.'
    const e = enumerations(en)
    expect(e[en.indexOf('health')]).toBe(1)
    expect(e[en.indexOf('report')]).toBe(0)
    // Chinese written with ASCII commas (no space after them) is not an English list.
    const ascii = '会议指出,要抓好产业,推动发展,服务民生。'
    expect(enumerations(ascii)[ascii.indexOf('产业')]).toBe(0)
  })
})

describe('trained tags (natural)', () => {
  it('trains a two-tag classifier from labelled paragraphs and tags a held-out one', () => {
    const c = trainTopicClassifier([
      { tag: 'water', text: '推进河长制责任落实，开展河湖清四乱专项行动，保护饮用水水源地。' },
      { tag: 'water', text: '委员视察松花江水质，建议加强流域水污染治理和河道整治。' },
      { tag: 'water', text: '围绕水资源节约集约利用开展协商，推动农业节水和污水处理。' },
      { tag: 'elderly', text: '围绕居家养老服务开展调研，建议增加社区养老服务中心和助餐点。' },
      { tag: 'elderly', text: '委员建议完善老年人医疗保障，发展普惠养老和医养结合。' },
      { tag: 'elderly', text: '关注失能老人照护，推动养老机构建设和护理人员培训。' },
    ])
    expect(c.classify('建议加强城区河道水污染治理，落实河长制。')[0]!.tag).toBe('water')
    expect(c.classify('推进社区居家养老服务，建设老年助餐点。')[0]!.tag).toBe('elderly')
    expect(() => trainTopicClassifier([{ tag: 'a', text: '一' }])).toThrow(CppccNlpError)
  })
})

describe('keywords', () => {
  it('never returns numbers, single characters or stop words', () => {
    for (const id of Object.values(PAGES)) {
      for (const k of analyzed(id).keywords) {
        expect(k.word.length).toBeGreaterThan(1)
        expect(k.word).not.toMatch(/\d/)
      }
    }
  })

  it('sinks words every document of an archive shares', () => {
    const arch = new ArchiveKeywords()
    arch.add('a', '政协委员围绕粮食安全协商，政协委员建议保护黑土地。')
    arch.add('b', '政协委员围绕居家养老协商，政协委员建议建设助餐点。')
    arch.add('c', '政协委员围绕河长制协商，政协委员建议治理河道。')
    const words = arch.keywords('a', 3).map((k) => k.word)
    expect(words).not.toContain('政协委员')
    expect(words.some((w) => ['粮食安全', '黑土地', '粮食', '安全'].includes(w))).toBe(true)
  })
})
