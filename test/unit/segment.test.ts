import { readdirSync, readFileSync, rmSync, truncateSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { RESOURCES } from '../../src/analyzer.js'
import { createAnalyzer } from '../../src/index.js'
import { isHanFree } from '../../src/segment/engines/han-free.js'
import { cutText } from '../../src/segment/index.js'
import { finishWords } from '../../src/segment/words.js'
import { hasPdNer, PD_NER, readBio } from '../eval/score.js'
import { page, PAGES, resources, withTokens } from '../helpers.js'

const words = (text: string) => cutText(resources.segmentation, text, () => { throw new Error('misaligned') })

describe('segment: words with POS and offsets into the original text', () => {
  it('keeps Latin-script runs whole and lets compromise classify them', () => {
    const r = withTokens.analyze('一端(掌上履职App)建设，BTX新材料，NO.5号楼，AI赋能，John Smith来访，twenty委员')
    const latin = Object.fromEntries(r.tokens!.filter((t) => t.latin).map((t) => [t.text, t.latin]))
    expect(latin).toMatchObject({ App: 'word', BTX: 'acronym', 'NO.5': 'code', AI: 'acronym', 'John Smith': 'person', twenty: 'number' })
  })

  it('asks compromise about Latin runs only where tokens are reported (issue #13: nothing run that a result does not use)', () => {
    const a = createAnalyzer()
    const asked: string[] = []
    const reader = a[RESOURCES].latin
    const classify = reader.classify.bind(reader)
    reader.classify = (run) => { asked.push(run); return classify(run) }
    const text = '一端(掌上履职App)建设，BTX新材料，AI赋能'
    a.analyze(text)
    expect(asked).toEqual([])
    const tokens = a.with({ tokens: true }).analyze(text).tokens!.filter((t) => t.latin)
    expect(asked).toEqual(['App', 'BTX', 'AI'])
    expect(tokens.map((t) => [t.text, t.latin])).toEqual([['App', 'word'], ['BTX', 'acronym'], ['AI', 'acronym']])
  })

  it('keeps numbers whole (85 is not 8|5, 3.5% one word) and uses the domain dictionary', () => {
    const ws = words('全年开展85次协商活动，增长3.5%，报送社情民意信息，区政协社法委主任')
    expect(ws).toEqual(expect.arrayContaining(['85', '3.5%', '社情民意信息', '社法委']))
  })

  it('re-cuts runs of single characters with jieba’s HMM (文旅, 姜京珍 joined)', () => {
    expect(words('推动文旅融合')).toEqual(['推动', '文旅', '融合'])
    expect(words('姜京珍说')).toEqual(['姜京珍', '说'])
  })

  it.each([
    ['a run the dictionary does not know goes to the HMM', '推动文旅融合', ['推动', '文', '旅', '融合'], ['推动', '文旅', '融合']],
    // 太差 is in jieba's dictionary (freq 3): jieba yields its characters one by one, as the route has them.
    ['a run that is a dictionary word stays in characters', '治安太差，', ['治安', '太', '差', '，'], ['治安', '太', '差', '，']],
    ['Latin and digits are joined as jieba joins them', '增长3.5%，NO.5号', ['增长', '3', '.', '5', '%', '，', 'N', 'O', '.', '5', '号'], ['增长', '3.5%', '，', 'NO.5', '号']],
    ['engines that join digits themselves give the same', '全年85次', ['全年', '85', '次'], ['全年', '85', '次']],
  ])('finishing a route: %s', (_, text, route, want) => {
    expect(finishWords(text, route, resources.segmentation.lexicon, resources.segmentation.hmm)).toEqual(want)
  })

  it('realigns tokens to the original text across OCR spaces and line breaks (page 000)', () => {
    const text = page(PAGES.p000)
    const r = withTokens.analyze(text)
    for (const t of r.tokens!) expect(text.slice(t.start, t.end)).toBe(t.text)
    expect(r.tokens!.find((t) => t.text.replace(/\s/g, '') === '烈士陵园' || t.text.replace(/\s/g, '') === '烈士')).toBeDefined()
  })

  it('cuts a lone surrogate as one unknown character without shifting later words', () => {
    const text = '政协\ud800委员会议'
    const r = withTokens.analyze(text)
    for (const t of r.tokens!) expect(text.slice(t.start, t.end)).toBe(t.text)
    expect(r.tokens!.map((t) => t.text)).toEqual(expect.arrayContaining(['政协', '委员']))
  })

  it.each([
    ['paragraphs on lines of their own', '全国政协委员张三说，要加强协商。\n市政协召开常委会议，通报85次协商活动。'],
    ['text between paragraphs', '第01版\n区政协社法委主任发言。\n  \n报送社情民意信息300余条。'],
  ])('one cut of the whole text gives the words of each line cut alone: %s', (_, text) => {
    const alone = text.split('\n').flatMap((line) => words(line)).filter((w) => w.trim() !== '')
    expect(words(text).filter((w) => w.trim() !== '')).toEqual(alone)
  })
})

describe('@node-rs/jieba: a text without Han characters is cut without loading the dictionary (issue #13)', () => {
  // Words of jieba's dictionary and of a user's made of Latin letters, digits and + # & . _ % -, overlapping (AT, AT&T, T&C).
  const extend = { words: ['COVID-19 50000 nz', 'AT 2 eng', 'T&C', 'A.B 900000 nz'] }
  const texts = [
    'The CPPCC Yangquan Municipal Committee met on 3 March 2015 and heard 125 proposals.\r\n',
    'AT&T, C++ and c# at 3.5% -- COVID-19 T&C A.B.C AT&TC++ ATT&T',
    'Café “quoted” — Ж γ\u00a0x\u0085y\u2028z\t\t\r\r\n\n_a_ %% ##',
    ...readdirSync('test/fixtures/en').filter((f) => f.endsWith('.txt')).sort().slice(0, 40).map((f) => readFileSync(join('test/fixtures/en', f), 'utf8')),
  ]

  it('gives the route the engine gives once its dictionary is loaded, with jieba’s words and a user’s', () => {
    for (const ext of [undefined, extend]) {
      const lazy = createAnalyzer({ extend: ext })[RESOURCES].segmentation.engine
      const loaded = createAnalyzer({ extend: ext })[RESOURCES].segmentation.engine
      loaded.cut('政协')
      for (const text of texts.filter(isHanFree)) expect(lazy.cut(text)).toEqual(loaded.cut(text))
    }
    expect(texts.filter(isHanFree).length).toBeGreaterThan(30)
  })

  it('leaves a text with Han characters, or from U+2E80 on (emoji too), to the engine', () => {
    expect(['委员AT&T', 'a\u3000b', 'ok 😀', 'ＡＢ'].map(isHanFree)).toEqual([false, false, false, false])
    expect(['AT&T “x” é', ''].map(isHanFree)).toEqual([true, true])
  })
})

describe('nodejieba: the merged dictionary it reads from the temporary folder', () => {
  // A word no run added before: a dictionary with a new hash, written by whichever thread comes first.
  const word = `试验词${process.pid}${Date.now() % 100000}`
  const dist = new URL('../../dist/index.js', import.meta.url).href
  const code = `const { parentPort, workerData: w } = require('node:worker_threads')
    import(w.dist).then((m) => { const a = m.createAnalyzer({ engine: 'nodejieba', tokens: true, extend: { words: [w.word] } })
      parentPort.postMessage(a.analyze('委员提到' + w.word + '的情况').tokens.some((t) => t.text === w.word)) })`
  /** Whether a worker thread that loads the dictionary cuts the new word whole (cppjieba aborts the process on a broken file). */
  const load = () => new Promise((done, fail) => {
    const t = new Worker(code, { eval: true, workerData: { dist, word } })
    t.once('message', (ok) => { done(ok); void t.terminate() })
    t.once('error', fail)
    t.once('exit', (c) => fail(new Error(`worker exited with ${c}`)))
  })
  // Only the files that hold this test's word are its own: other runs on the machine (another checkout's
  // tests, a user's tag --jobs) may write and read their own dictionaries here at the same time.
  const ours = () => readdirSync(tmpdir()).filter((f) => f.startsWith('cppcc-nlp-dict-') && holdsWord(join(tmpdir(), f)))
  const holdsWord = (file: string) => {
    try {
      return readFileSync(file, 'utf8').includes(word)
    } catch {
      return false // renamed or removed by its writer meanwhile
    }
  }

  it('is whole for threads that load a new one at the same moment (tag --jobs), and written again when cut short', async () => {
    try {
      expect(await Promise.all([load(), load(), load()])).toEqual([true, true, true])
      const made = ours()
      expect(made).toHaveLength(1)
      truncateSync(join(tmpdir(), made[0]!), 1 << 20) // as a writer stopped half-way left it
      expect(await load()).toBe(true)
    } finally {
      for (const f of ours()) rmSync(join(tmpdir(), f), { force: true })
    }
  })
})

describe('engines: @node-rs/jieba and nodejieba give the same words and tags', () => {
  const other = createAnalyzer({ engine: 'nodejieba', tokens: true })
  const sentences = hasPdNer() ? readBio(PD_NER).map((s) => s.text) : []

  it('the default engine is @node-rs/jieba, and the option picks the other', () => {
    expect(resources.engine).toBe('@node-rs/jieba')
    expect(other.engine).toBe('nodejieba')
  })

  it.each(Object.values(PAGES))('the same tokens on sample page %s', (id) => {
    const text = page(id)
    expect(other.analyze(text).tokens).toEqual(withTokens.analyze(text).tokens)
  })

  it.runIf(hasPdNer())("agree on at least 99.5 % of the words of the People's Daily dev sentences", () => {
    let same = 0
    let total = 0
    for (let i = 0; i < sentences.length; i += 50) {
      const text = sentences.slice(i, i + 50).join('\n')
      const key = (r: ReturnType<typeof other.analyze>) => new Set(r.tokens!.map((t) => `${t.start}:${t.end}:${t.pos}`))
      const a = key(withTokens.analyze(text))
      const b = key(other.analyze(text))
      total += Math.max(a.size, b.size)
      for (const k of a) if (b.has(k)) same++
    }
    console.log(`engine agreement on People's Daily: ${same}/${total} words and tags`)
    expect(same / total).toBeGreaterThanOrEqual(0.995)
  })

  it('gives the same result on the acceptance pages (scores are equal because results are)', () => {
    for (const id of Object.values(PAGES)) {
      const a = withTokens.analyze(page(id))
      const b = other.analyze(page(id))
      expect({ ...b, tokens: undefined }).toEqual({ ...a, tokens: undefined })
    }
  })
})
