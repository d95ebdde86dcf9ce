/**
 * `npm run bench`: the performance targets, measured side by side in one run (summary.ts prints the
 * table of targets at the end). Benches print; nothing here asserts a time.
 *
 *  1. Cold start: the built CLI analysing a one-sentence file against `node -e ''` (spawned, 5 each),
 *     with the peak RSS of each run; the same for an English sentence (its time beside the Chinese one's) and
 *     an English page (compromise and the English data load too).
 *  2. Engines: createAnalyzer in a fresh process per engine, and analyze throughput on the five sample
 *     pages with each engine in turn (the nodejieba rows are skipped when it is not installed).
 *  3. Workers: a bare CPU loop and a loop that waits on memory, on 1 and 2 threads (what the machine
 *     allows each kind of work), and the tag pool with 1 and 2 workers on 200 documents, in turn, each
 *     worker warmed alike (wall and CPU time); the peak RSS of `cppcc-nlp tag -` with 1 and 2 workers.
 *  4. Linear time: the same 5 MB of real pages as documents of 0.1, 1 and 5 MB, in turn.
 *
 * Everything spawned runs dist/ (npm run bench builds first) with the engine it is labelled with.
 */
import { createRequire } from 'node:module'
import { writeFileSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { join } from 'node:path'
import type { Tinypool } from 'tinypool'
import { afterAll, bench, describe } from 'vitest'
import { RESOURCES } from '../../src/analyzer.js'
import { createPool } from '../../src/cli/pool.js'
import { createAnalyzer, type Analyzer, type Engine } from '../../src/index.js'
import { archiveParts, EN_PAGE, joinInto, ONE_SENTENCE, ONE_SENTENCE_EN, poolDocuments, SAMPLE_FILES, SAMPLES, utf8Bytes } from './lib/docs.js'
import { removeScratch, runNode, schedTimes, scratchFile } from './lib/measure.js'
import { record, skip } from './lib/results.js'

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js')
const WORKER = new URL('../../dist/worker.js', import.meta.url).href

/**
 * Samples are kept from the timed runs only, not from the warm-up: tinybench's setup hook says which
 * one is starting. `before` runs before the warm-up (to make what the bench uses outside its timing).
 */
let timed = false
const keep = (name: string, value: number) => { if (timed) record(name, value) }
const phases = (before?: () => unknown) => ({
  setup: async (_task: unknown, mode?: 'run' | 'warmup') => {
    timed = mode === 'run'
    if (mode === 'warmup' && before) await before()
  },
})
/** A few runs of something slow: `warmup` untimed runs, then exactly `n` timed ones. */
const runs = (n: number, warmup = 0, before?: () => unknown) => ({ time: 0, iterations: n, warmupTime: 0, warmupIterations: warmup, ...phases(before) })
/** Runs for `time` ms after `warmupTime` ms of warm-up. */
const during = (time: number, warmupTime: number, before?: () => unknown) => ({ time, warmupTime, ...phases(before) })

/** One analyzer per engine, made when a bench first needs it (outside its timing) and shared. */
const analyzers = new Map<Engine, Analyzer>()
const analyzerFor = (engine: Engine) => {
  let a = analyzers.get(engine)
  if (!a) { a = createAnalyzer({ engine }); analyzers.set(engine, a) }
  return a
}

const sentenceFile = scratchFile('one-sentence.txt')
writeFileSync(sentenceFile, ONE_SENTENCE)
const sentenceFileEn = scratchFile('one-sentence-en.txt')
writeFileSync(sentenceFileEn, ONE_SENTENCE_EN)

describe('1. cold start: one sentence, spawned processes', () => {
  bench("node -e ''", async () => {
    const r = runNode(['-e', ''])
    keep('cold.node.ms', r.ms)
    keep('cold.node.rssMB', r.rssMB)
  }, runs(5))
  bench('cppcc-nlp analyze one-sentence.txt', async () => {
    const r = runNode([CLI, 'analyze', sentenceFile])
    keep('cold.analyze.ms', r.ms)
    keep('cold.analyze.rssMB', r.rssMB)
  }, runs(5))
  bench('cppcc-nlp analyze one-sentence-en.txt', async () => {
    const r = runNode([CLI, 'analyze', sentenceFileEn])
    keep('cold.analyzeEn.ms', r.ms)
    keep('cold.analyzeEn.rssMB', r.rssMB)
  }, runs(5))
  bench('cppcc-nlp analyze an English page', async () => {
    keep('cold.analyzeEnPage.rssMB', runNode([CLI, 'analyze', EN_PAGE]).rssMB)
  }, runs(5))
})

/** nodejieba is optional: installed and loadable here, or the reason its rows are skipped. */
const nodejiebaMissing = ((): string | null => {
  try {
    createRequire(import.meta.url)('nodejieba')
    return null
  } catch (e) {
    return `nodejieba not installed (${(e as NodeJS.ErrnoException).code ?? 'cannot load'})`
  }
})()
if (nodejiebaMissing) skip('engine.nodejieba', nodejiebaMissing)
const ENGINES: Engine[] = ['@node-rs/jieba', 'nodejieba']
const usable = (e: Engine) => e !== 'nodejieba' || !nodejiebaMissing

describe('2a. engines: createAnalyzer in a fresh process (spawned; load time measured inside)', () => {
  for (const engine of ENGINES) {
    // One warm-up run: nodejieba's first process writes the merged dictionary to the temporary folder.
    bench.runIf(usable(engine))(`createAnalyzer({ engine: '${engine}' })`, async () => {
      const r = runNode([join(import.meta.dirname, 'load-engine.mjs'), engine, SAMPLE_FILES[0]!])
      keep(`engine.${engine}.loadMs`, (JSON.parse(r.stdout) as { loadMs: number }).loadMs)
      keep(`engine.${engine}.rssMB`, r.rssMB)
    }, runs(3, 1))
  }
})

/** Wall and CPU time of `fn`, kept under `name`.ms and `name`.cpuMs. */
function measure(name: string, fn: () => void): void {
  const cpu = process.cpuUsage()
  const start = performance.now()
  fn()
  keep(`${name}.ms`, performance.now() - start)
  const used = process.cpuUsage(cpu)
  keep(`${name}.cpuMs`, (used.user + used.system) / 1000)
}

// The engines take turns within each run, so that a change in the machine's load (other processes)
// falls on both alike: measured one after the other, their ratio swung from 1.2 to 2.2 on a shared machine.
describe('2b. engines: analyze the five sample pages with each engine in turn', () => {
  const bytes = SAMPLES.reduce((n, p) => n + utf8Bytes(p), 0)
  const engines = ENGINES.filter(usable)
  for (const engine of engines) record(`engine.${engine}.bytes`, bytes)
  bench(`analyze, ${engines.join(' then ')} (and each one's cut alone)`, async () => {
    for (const engine of engines) {
      const analyzer = analyzerFor(engine)
      measure(`engine.${engine}`, () => { for (const p of SAMPLES) analyzer.analyze(p) })
      // The segmenter's own share: the engine's cut of the same pages, as the segment stage calls it.
      const cut = analyzer[RESOURCES].segmentation.engine
      measure(`cut.${engine}`, () => { for (const p of SAMPLES) cut.cut(p) })
    }
  }, during(8000, 2000, () => engines.forEach(analyzerFor)))
})

const docs = poolDocuments(200)
const pools = new Map<number, Tinypool>()
/** Pools of 1 and 2 workers, made outside the timing (an idle pool takes no CPU); or none, for `[]`. */
async function openPools(ns: number[]): Promise<void> {
  for (const [k, p] of pools) if (!ns.includes(k)) { await p.destroy(); pools.delete(k) }
  for (const n of ns) if (!pools.has(n)) pools.set(n, createPool(n, WORKER, { engine: '@node-rs/jieba' }))
}

// What two threads can gain on this machine at all: a bare CPU loop split over 1 and 2 threads. On a
// machine other processes keep busy, this ceiling is below 2 and the pool cannot do better.
const SPIN = `require('node:worker_threads').parentPort.on('message', (n) => { let x = 0; for (let i = 0; i < n; i++) x = (x * 31 + i) | 0; require('node:worker_threads').parentPort.postMessage(x) })`
// The same for work that waits on memory, as the analyzer does (its lexicons and a document's arrays are
// tens of MB, read at scattered places): each thread follows a random cycle through its own 64 MB.
const CHASE = `const { parentPort } = require('node:worker_threads')
const next = new Int32Array(1 << 24)
for (let i = 0; i < next.length; i++) next[i] = i
for (let i = next.length - 1; i > 0; i--) { const j = Math.floor(Math.random() * (i + 1)); const t = next[i]; next[i] = next[j]; next[j] = t }
parentPort.on('message', (n) => { let p = 0; for (let i = 0; i < n; i++) p = next[p]; parentPort.postMessage(p) })`
const spinners: Worker[] = []
const chasers: Worker[] = []
const turn = (ws: Worker[], threads: number, total: number) =>
  Promise.all(ws.slice(0, threads).map((w) => new Promise((done) => { w.once('message', done); w.postMessage(total / threads) })))
const spin = (threads: number, total: number) => turn(spinners, threads, total)
const chase = (threads: number, total: number) => turn(chasers, threads, total)

// Each run: the CPU loop on 1 then 2 threads, then the 200 documents on the pool of 1 then of 2 workers,
// so that both ratios are taken under the same load. Before the timed runs every worker of both pools has
// analysed the same number of documents (WARM_PER_WORKER; a pool of n gets n times as many), so that V8
// has compiled the hot code in each: a worker's first few hundred documents cost several times the CPU of
// later ones, most of it TurboFan compiling on V8's helper threads, which a one-worker run gets on the
// free core and a two-worker run does not. Warmed by runs of the bench itself, each worker of the pool of
// two had half the warm-up of the single worker, and the ratio measured that difference. A real archive
// run spends nearly all its time past that point. 800 documents a worker were not enough: in one session on this
// quiet 2-core machine (round 16) the pool read 1.37× after 800, with two workers using 1.18× the CPU time of one
// for the same documents (still compiling), and 1.75× and 1.79× after 3200, at 1.03× and 1.01× the CPU time.
const WARM_PER_WORKER = 3200
describe('3a. workers: 1 then 2 — a bare CPU loop, a memory-bound loop, then the tag pool on 200 documents', () => {
  const timed = async (name: string, fn: () => Promise<unknown>) => {
    const before = schedTimes()
    const cpu = process.cpuUsage()
    const start = performance.now()
    await fn()
    keep(`${name}.ms`, performance.now() - start)
    const used = process.cpuUsage(cpu)
    keep(`${name}.cpuMs`, (used.user + used.system) / 1000)
    const after = schedTimes()
    if (before && after) keep(`${name}.waitShare`, (after.waiting - before.waiting) / (after.waiting - before.waiting + after.onCpu - before.onCpu))
  }
  const runPool = (n: number) => Promise.all(docs.map((d) => pools.get(n)!.run(d)))
  bench('CPU loop and memory loop 1 → 2 threads, pool 1 → 2 workers', async () => {
    for (const n of [1, 2]) await timed(`spin.${n}`, () => spin(n, 2e8))
    for (const n of [1, 2]) await timed(`chase.${n}`, () => chase(n, 2e6))
    for (const n of [1, 2]) await timed(`workers.${n}`, () => runPool(n))
  }, runs(5, 0, async () => {
    while (spinners.length < 2) spinners.push(new Worker(SPIN, { eval: true }))
    while (chasers.length < 2) chasers.push(new Worker(CHASE, { eval: true }))
    await spin(2, 2e6)
    await chase(2, 2e4)
    await openPools([1, 2])
    for (const n of [1, 2]) for (let k = 0; k < (n * WARM_PER_WORKER) / docs.length; k++) await runPool(n)
  }))
})

describe('3b. workers: peak RSS of cppcc-nlp tag - on the same 200 documents (spawned)', () => {
  const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text })).join('\n') + '\n'
  for (const n of [1, 2]) {
    bench(`tag - --jobs ${n}`, async () => {
      keep(`workers.${n}.rssMB`, runNode([CLI, 'tag', '-', '--jobs', String(n), '--progress', 'none', '--engine', '@node-rs/jieba'], input).rssMB)
    }, runs(2, 0, () => openPools([])))
  }
})

// The same 5 MB of real pages, analysed as 50 documents of 0.1 MB, as 5 of 1 MB and as one of 5 MB:
// time per MB then differs only by the size of a document, not by what the pages hold (a 0.1 MB
// document of the first pages alone measured those pages, which cost less per MB than the archive's mix).
// One run takes the sizes in turn, for the same reason as the engines: a ratio of two sizes measured
// a minute apart would measure the machine.
describe('4. linear time: the same 5 MB as 50 documents of 0.1 MB, 5 of 1 MB and one of 5 MB, in turn', () => {
  const parts = archiveParts(5e6)
  const sizes: Array<[string, number]> = [['0.1', 50], ['1', 5], ['5', 1]]
  const runsBySize = sizes.map(([label, count]) => {
    const docs = joinInto(parts, count)
    record(`linear.${label}.bytes`, docs.reduce((n, d) => n + utf8Bytes(d), 0))
    return { label, docs }
  })
  bench('analyze 50 × 0.1 MB, 5 × 1 MB, 1 × 5 MB', async () => {
    const analyzer = analyzerFor('@node-rs/jieba')
    for (const { label, docs } of runsBySize) measure(`linear.${label}`, () => { for (const doc of docs) analyzer.analyze(doc) })
  }, runs(3, 1, () => analyzerFor('@node-rs/jieba')))
})

afterAll(async () => {
  for (const p of pools.values()) await p.destroy()
  for (const w of [...spinners, ...chasers]) await w.terminate()
  removeScratch()
})
