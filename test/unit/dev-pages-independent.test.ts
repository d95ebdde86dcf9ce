/**
 * The measuring pages must be independent of each other (test/fixtures/dev-pages/README.md): a page that repeats
 * another's text counts one article twice, and a held-out page that repeats a dev page, or is cut from the same
 * article, is not unseen. Round 15 found six such pages that different helpers had fetched independently.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', 'fixtures')
const FOLDERS = ['dev-pages', 'en']
/**
 * A run this long (characters other than white space) shared by two pages means one copies the other: 60 in Chinese;
 * English pages share longer boilerplate ("the Chinese People's Political Consultative Conference (CPPCC) National
 * Committee, China's top political advisory body"), so 200 there.
 */
const runOf = (folder: string) => (folder === 'en' ? 200 : 60)

type Row = { folder: string; file: string; url: string; split: string }

const rows: Row[] = FOLDERS.flatMap((folder) =>
  readFileSync(join(ROOT, folder, 'SOURCES.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((line) => {
    const c = line.split('\t')
    return { folder, file: c[0]!, url: c[1] ?? '', split: c[5] ?? '' }
  }),
)
const texts = [...FOLDERS, 'articles'].flatMap((folder) =>
  readdirSync(join(ROOT, folder)).filter((f) => f.endsWith('.txt'))
    .map((f) => ({ id: `${folder}/${f}`, folder, text: readFileSync(join(ROOT, folder, f), 'utf8').replace(/\s+/g, '') })),
)

describe('dev pages: every page is listed once, with its gold and a split', () => {
  it.each(FOLDERS)('%s', (folder) => {
    const files = readdirSync(join(ROOT, folder)).filter((f) => f.endsWith('.txt')).sort()
    const listed = rows.filter((r) => r.folder === folder).map((r) => r.file).sort()
    expect(listed).toEqual(files)
    for (const f of files) expect(existsSync(join(ROOT, folder, f.replace(/\.txt$/, '.json')))).toBe(true)
    for (const r of rows.filter((x) => x.folder === folder)) expect(['dev', 'holdout']).toContain(r.split)
  })
})

describe('dev pages: no page repeats another', () => {
  const split = new Map(rows.map((r) => [`${r.folder}/${r.file}`, r.split]))
  /** Pairs of texts of one language that share a run (see runOf), each as "a ~ b". */
  const sharing = (): string[] => {
    const pairs = new Set<string>()
    for (const lang of ['zh', 'en']) {
      const own = texts.filter((t) => (t.folder === 'en') === (lang === 'en'))
      const run = lang === 'en' ? runOf('en') : runOf('dev-pages')
      // Runs sampled every run/2 characters, then every window of every text looked up: any shared stretch of
      // 1.5 × run characters is found.
      const sampled = new Map<string, string>()
      for (const { id, text } of own) {
        for (let i = 0; i + run <= text.length; i += run / 2) if (!sampled.has(text.slice(i, i + run))) sampled.set(text.slice(i, i + run), id)
      }
      for (const { id, text } of own) {
        for (let i = 0; i + run <= text.length; i++) {
          const other = sampled.get(text.slice(i, i + run))
          if (other !== undefined && other !== id) pairs.add([other, id].sort().join(' ~ '))
        }
      }
    }
    return [...pairs].sort()
  }
  const pairs = sharing()

  it('no held-out page shares a stretch of text with another page', () => {
    expect(pairs.filter((p) => p.split(' ~ ').some((id) => split.get(id) === 'holdout'))).toEqual([])
  })

  it('no page holds the whole text of another', () => {
    const byId = new Map(texts.map((t) => [t.id, t.text]))
    const contained = pairs.filter((p) => {
      const [a, b] = p.split(' ~ ').map((id) => byId.get(id)!)
      return a!.includes(b!) || b!.includes(a!)
    })
    expect(contained).toEqual([])
  })

  it('a held-out page shares its source with no other page', () => {
    const byUrl = new Map<string, Row[]>()
    for (const r of rows) if (r.url) byUrl.set(r.url, [...(byUrl.get(r.url) ?? []), r])
    const clashes = [...byUrl.values()].filter((rs) => rs.length > 1 && rs.some((r) => r.split === 'holdout'))
      .map((rs) => rs.map((r) => `${r.file} (${r.split})`).join(' ~ '))
    expect(clashes).toEqual([])
  })
})
