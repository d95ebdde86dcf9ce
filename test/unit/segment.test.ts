import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import type { Doc } from '../../src/doc/doc.js'
import { createAnalyzer } from '../../src/index.js'
import { identity } from '../../src/normalize/offset-map.js'
import { segment } from '../../src/segment/index.js'
import { page, PAGES } from '../helpers.js'

const analyzer = createAnalyzer({ tokens: true })

describe('segment: words with POS and offsets into the original text', () => {
  it('keeps Latin-script runs whole and lets compromise classify them', () => {
    const r = analyzer.analyze('一端(掌上履职App)建设，BTX新材料，NO.5号楼，AI赋能，John Smith来访，twenty委员')
    const latin = Object.fromEntries(r.tokens!.filter((t) => t.latin).map((t) => [t.text, t.latin]))
    expect(latin).toMatchObject({ App: 'word', BTX: 'acronym', 'NO.5': 'code', AI: 'acronym', 'John Smith': 'person', twenty: 'number' })
  })

  it('keeps numbers whole (HMM on: 85 is not 8|5) and uses the domain dictionary', () => {
    const words = analyzer.analyze('全年开展85次协商活动，报送社情民意信息，区政协社法委主任').tokens!.map((t) => t.text)
    expect(words).toEqual(expect.arrayContaining(['85', '社情民意信息', '社法委']))
  })

  it('realigns tokens to the original text across OCR spaces and line breaks (page 000)', () => {
    const text = page(PAGES.p000)
    const r = analyzer.analyze(text)
    for (const t of r.tokens!) expect(text.slice(t.start, t.end)).toBe(t.text)
    expect(r.tokens!.find((t) => t.text.replace(/\s/g, '') === '烈士陵园' || t.text.replace(/\s/g, '') === '烈士')).toBeDefined()
  })
})

describe('segment: one cut of the whole text gives the words of each paragraph cut alone', () => {
  const jieba = createRequire(import.meta.url)('nodejieba') as { cut(t: string, hmm: boolean): string[] }
  const docOf = (text: string, paragraphs: Array<[number, number]>): Doc => ({
    input: text, norm: identity(text), text, sentences: [], articles: [], tokens: [], year: null, warnings: [], memo: new Map(),
    paragraphs: paragraphs.map(([start, end]) => ({ start, end, article: 0, duplicate: false })),
  })
  // Truth: nodejieba on each paragraph alone, spaces dropped.
  const alone = (doc: Doc) => doc.paragraphs.flatMap((p) => jieba.cut(doc.text.slice(p.start, p.end), true).filter((w) => w.trim() !== ''))

  it.each([
    ['paragraphs on lines of their own', '全国政协委员张三说，要加强协商。\n市政协召开常委会议，通报85次协商活动。', [[0, 16], [17, 37]]],
    ['text between paragraphs is no one’s', '第01版\n区政协社法委主任发言。\n  \n报送社情民意信息300余条。', [[5, 16], [20, 34]]],
    ['a paragraph edge inside a word: that paragraph is cut alone', '全国政协委员会议召开', [[0, 5], [5, 10]]],
  ] as Array<[string, string, Array<[number, number]>]>)('%s', (_, text, paragraphs) => {
    const doc = docOf(text, paragraphs)
    segment(doc)
    expect(doc.tokens.map((t) => t.word)).toEqual(alone(doc))
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.word)
  })
})
