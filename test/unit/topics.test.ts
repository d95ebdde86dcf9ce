import { describe, expect, it } from 'vitest'
import { CppccNlpError, createAnalyzer, parseTaxonomy, trainTopicClassifier, ArchiveKeywords } from '../../src/index.js'
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
