/**
 * A batch script over a folder with the library API (the CLI `cppcc-nlp tag` does the same on all
 * cores, resumable): one JSON line per file, and archive-level keywords with natural's TF-IDF.
 * `npx tsx examples/batch-folder.ts [folder] > results.jsonl`
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ArchiveKeywords, createAnalyzer } from '../src/index.js'

const dir = process.argv[2] ?? new URL('../test/fixtures/articles', import.meta.url).pathname
const analyzer = createAnalyzer() // dictionaries load once, then every document reuses them
const archive = new ArchiveKeywords()
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
for (const f of files) {
  const text = readFileSync(join(dir, f), 'utf8')
  archive.add(f, text)
  const r = analyzer.analyze(text)
  process.stdout.write(JSON.stringify({ id: f, places: r.places.map((p) => p.name), persons: r.persons.map((p) => p.name), topics: r.topics.map((t) => t.id) }) + '\n')
}
for (const f of files) console.error(`${f}: ${archive.keywords(f, 6).map((k) => k.word).join(' ')}`)
