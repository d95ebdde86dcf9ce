import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { AnalysisResultSchema } from '../src/index.js'
import { encodeLegacy } from './encode.js'
import { PAGES } from './helpers.js'

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js')
const FIX = join(import.meta.dirname, 'fixtures', 'articles')
// Niced, as in test/cli/helpers.ts: the in-process tests beside these keep the cores.
const run = (args: string[], input?: string) => spawnSync('nice', ['-n', '10', 'node', CLI, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 })
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; error?: { code: string }; places?: Array<{ name: string }> })

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first (npm test does)`)
})

describe('cppcc-nlp analyze / schema', () => {
  it('prints a result the exported schema validates, with title, subtitle, byline and date of page 002', () => {
    const r = run(['analyze', join(FIX, `${PAGES.p002}.txt`)])
    expect(r.status).toBe(0)
    // A clean run writes nothing to stderr: no warning of Node's either (a Buffer made by new Buffer() printed one).
    expect(r.stderr).toBe('')
    const result = AnalysisResultSchema.parse(JSON.parse(r.stdout))
    expect(result.articles[0]).toMatchObject({ title: '协商聚共识 履职展担当', subtitle: '——长春市政协亮点工作综述', byline: ['张泗国', '乔政恺', '高峰'], date: '2024-05-18' })
  })

  it('prints a readable summary with --text and the JSON Schema with schema', () => {
    expect(run(['analyze', join(FIX, `${PAGES.p002}.txt`), '--text']).stdout).toContain('协商聚共识 履职展担当')
    const schema = JSON.parse(run(['schema']).stdout) as { properties: Record<string, unknown> }
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['articles', 'places', 'committees', 'persons', 'figures', 'dates', 'statements', 'topics', 'keywords', 'warnings']))
  })

  it('answers --help and rejects an unknown command with exit code 2', () => {
    expect(run(['tag', '--help']).stdout).toContain('--resume')
    expect(run(['frobnicate']).status).toBe(2)
  })
})

// Resume, shards, inputs, exit codes, HTML and the parallel pipe: test/cli/*.test.ts.
describe('cppcc-nlp tag', () => {
  it('reads JSON Lines from stdin and writes results in input order; a bad line becomes an error line', () => {
    const input = [JSON.stringify({ id: 'a', text: '长春市政协主席高志国表示' }), 'not json', JSON.stringify({ id: 'c', text: '吉林省政协' })].join('\n')
    const r = run(['tag', '-', '--jobs', '2', '--progress', 'none'], input)
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; error?: unknown; persons?: Array<{ name: string }> })
    expect(out.map((o) => o.id)).toEqual(['a', 'line:2', 'c'])
    expect(out[0]!.persons?.map((p) => p.name)).toContain('高志国')
    expect(out[1]!.error).toBeDefined()
    expect(r.status).toBe(1)
  })

  it('decodes UTF-8, BOM, GB18030 (with 𠀀) and Big5, and turns empty, binary and oversized files into error lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cppcc-arch-'))
    mkdirSync(join(dir, 'sub'))
    writeFileSync(join(dir, 'utf8.txt'), '长春市政协主席高志国表示')
    writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('吉林市政协召开会议')]))
    writeFileSync(join(dir, 'sub', 'gb.txt'), encodeLegacy('天长市政协委员曹天平反映𠀀问题。', 'gb18030', { '𠀀': [0x95, 0x32, 0x82, 0x36] }))
    writeFileSync(join(dir, 'big5.txt'), encodeLegacy('長春市政協主席高志國表示，全年開展協商活動。', 'big5'))
    writeFileSync(join(dir, 'empty.txt'), '')
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]))
    writeFileSync(join(dir, 'big.txt'), '长春市政协'.repeat(2000))
    writeFileSync(join(dir, 'page.html'), '<html><body><p>江西省赣州市南康区政协</p></body></html>')
    const out = join(dir, 'out.jsonl')
    const r = run(['tag', dir, '--out', out, '--max-bytes', '20000', '--jobs', '1', '--progress', 'json'])
    expect(r.status).toBe(1)
    const got = lines(out)
    const byId = Object.fromEntries(got.map((l) => [l.id.slice(dir.length + 1), l]))
    expect(got).toHaveLength(8)
    expect(byId['utf8.txt']!.places?.map((p) => p.name)).toContain('长春市')
    expect(byId['bom.txt']!.places?.map((p) => p.name)).toContain('吉林市')
    expect(byId['sub/gb.txt']!.places?.map((p) => p.name)).toContain('天长市')
    expect(JSON.stringify(byId['sub/gb.txt'])).toContain('曹天平')
    expect(byId['big5.txt']!.places?.map((p) => p.name)).toContain('长春市')
    expect(byId['page.html']!.places?.map((p) => p.name)).toContain('南康区')
    expect(byId['empty.txt']!.error?.code).toBe('E_EMPTY')
    expect(byId['binary.txt']!.error?.code).toBe('E_BINARY')
    expect(byId['big.txt']!.error?.code).toBe('E_TOO_LARGE')
    expect(r.stderr).toContain('"event":"summary"')
  })

  it('ranks keywords against the archive with --archive-keywords: words every page shares sink', () => {
    const r = run(['tag', FIX, '--archive-keywords', '--progress', 'none', '--jobs', '1'])
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { keywords: Array<{ word: string }>; tokens?: unknown })
    expect(docs).toHaveLength(5)
    for (const d of docs) {
      expect(d.tokens).toBeUndefined()
      const words = d.keywords.map((k) => k.word)
      expect(words.length).toBeGreaterThan(0)
      for (const shared of ['政协', '委员', '协商']) expect(words).not.toContain(shared)
    }
  })
})
