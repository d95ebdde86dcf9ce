/**
 * `npm run bench`: in one run, side by side —
 *  1. analyze() against bare nodejieba.cut(text, true) on the five sample pages;
 *  2. the tag worker pool with 1 worker against 2 workers on 200 documents;
 *  3. memory per worker (peak RSS of a pool of 1 and of 2 workers, in separate processes).
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Tinypool } from 'tinypool'
import { afterAll, bench, describe } from 'vitest'
import { createPool } from '../../src/cli/pool.js'
import { createAnalyzer } from '../../src/index.js'

const dir = join(import.meta.dirname, '..', 'fixtures', 'articles')
const pages = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'))
const jieba = createRequire(import.meta.url)('nodejieba') as { cut(t: string, hmm: boolean): string[] }
const analyzer = createAnalyzer()
analyzer.analyze(pages[0]!)
jieba.cut(pages[0]!, true)

describe('analyze vs bare segmentation (5 sample pages)', () => {
  // A second of warm-up each: analyze is JIT-compiled over its first hundreds of calls, and the
  // comparison is of steady states.
  bench('nodejieba.cut(text, true)', () => { for (const p of pages) jieba.cut(p, true) }, { time: 3000, warmupTime: 1000 })
  bench('analyze(text)', () => { for (const p of pages) analyzer.analyze(p) }, { time: 3000, warmupTime: 1000 })
})

const WORKER = new URL('../../dist/worker.js', import.meta.url).href
const docs = Array.from({ length: 200 }, (_, i) => ({ id: `doc${i}`, text: `${pages[i % pages.length]!}\n第${i}号`, maxBytes: 1e8 }))
const pools = new Map<number, Tinypool>()
const pool = (n: number) => {
  let p = pools.get(n)
  if (!p) { p = createPool(n, WORKER); pools.set(n, p) }
  return p
}
const runAll = (n: number) => Promise.all(docs.map((d) => pool(n).run(d)))

describe('tag worker pool (200 documents)', () => {
  bench('1 worker', async () => { await runAll(1) }, { iterations: 3, time: 0, warmupIterations: 1 })
  bench('2 workers', async () => { await runAll(2) }, { iterations: 3, time: 0, warmupIterations: 1 })
})

afterAll(async () => {
  for (const p of pools.values()) await p.destroy()
  // Peak RSS of separate processes running the pool with 1 and with 2 workers: the difference is
  // what one more worker costs (its dictionaries and analyses); the 1-worker figure includes the main thread.
  const peak = (n: number) => Number(spawnSync('node', [join(import.meta.dirname, 'pool-memory.mjs'), String(n)], { encoding: 'utf8' }).stdout.trim())
  const one = peak(1)
  const two = peak(2)
  console.log(`memory (peak RSS, 20 pages): 1 worker + main thread ${one} MB; 2 workers ${two} MB; per added worker ${two - one} MB`)
  // Two CLI runs that each load the dictionaries: well over the default 10 s on a slow machine.
}, 180_000)
