/**
 * `npm run bench`: the performance targets, measured side by side in one run (summary.ts prints the
 * table of targets at the end). Benches print; nothing here asserts a time.
 *
 *  1. Cold start: the built CLI analysing a one-sentence file against `node -e ''` (spawned, 5 each),
 *     with the peak RSS of each run.
 *  2. Engines: createAnalyzer in a fresh process per engine, and analyze throughput on the five sample
 *     pages with each engine (the nodejieba rows are skipped when it is not installed).
 *  3. Workers: the tag pool with 1 and 2 workers on 200 documents, a bare CPU loop on 1 and 2 threads
 *     (what the machine allows), and the peak RSS of `cppcc-nlp tag -` with 1 and 2 workers.
 *  4. Linear time: one document of 0.1, 1 and 5 MB made of the real pages.
 *
 * Everything spawned runs dist/ (npm run bench builds first) with the engine it is labelled with.
 */
import { createRequire } from 'node:module'
import { writeFileSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { join } from 'node:path'
import type { Tinypool } from 'tinypool'
import { afterAll, bench, describe } from 'vitest'
import { createPool } from '../../src/cli/pool.js'
import { createAnalyzer, type Analyzer, type Engine } from '../../src/index.js'
import { archiveDocument, ONE_SENTENCE, poolDocuments, SAMPLE_FILES, SAMPLES, utf8Bytes } from './lib/docs.js'
import { runNode, scratchFile } from './lib/measure.js'
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

describe('2b. engines: analyze the five sample pages', () => {
  const bytes = SAMPLES.reduce((n, p) => n + utf8Bytes(p), 0)
  for (const engine of ENGINES) {
    record(`engine.${engine}.bytes`, bytes)
    bench.runIf(usable(engine))(`analyze, engine ${engine}`, async () => {
      const analyzer = analyzerFor(engine)
      const cpu = process.cpuUsage()
      const start = performance.now()
      for (const p of SAMPLES) analyzer.analyze(p)
      keep(`engine.${engine}.ms`, performance.now() - start)
      const used = process.cpuUsage(cpu)
      keep(`engine.${engine}.cpuMs`, (used.user + used.system) / 1000)
    }, during(4000, 2000, () => analyzerFor(engine)))
  }
})

const docs = poolDocuments(200)
const pools = new Map<number, Tinypool>()
/** The pool of `n` workers, made outside the timing; another pool is closed first. */
async function openPool(n: number): Promise<void> {
  for (const [k, p] of pools) if (k !== n) { await p.destroy(); pools.delete(k) }
  if (!pools.has(n)) pools.set(n, createPool(n, WORKER, { engine: '@node-rs/jieba' }))
}

describe('3a. workers: tag pool on 200 documents', () => {
  for (const n of [1, 2]) {
    // The warm-up run loads each worker's analyzer; the 5 runs after it are timed.
    bench(`${n} worker${n > 1 ? 's' : ''}`, async () => {
      const p = pools.get(n)!
      const start = performance.now()
      await Promise.all(docs.map((d) => p.run(d)))
      keep(`workers.${n}.ms`, performance.now() - start)
    }, runs(5, 1, () => openPool(n)))
  }
})

// What two threads can gain on this machine at all: a bare CPU loop split over 1 and 2 threads. On a
// machine other processes keep busy, this ceiling is below 2 and the pool cannot do better.
const SPIN = `require('node:worker_threads').parentPort.on('message', (n) => { let x = 0; for (let i = 0; i < n; i++) x = (x * 31 + i) | 0; require('node:worker_threads').parentPort.postMessage(x) })`
const spinners: Worker[] = []
const spin = (threads: number, total: number) =>
  Promise.all(spinners.slice(0, threads).map((w) => new Promise((done) => { w.once('message', done); w.postMessage(total / threads) })))

describe('3b. workers: the same CPU loop on 1 and 2 threads (what the machine allows)', () => {
  for (const n of [1, 2]) {
    bench(`CPU loop, ${n} thread${n > 1 ? 's' : ''}`, async () => {
      const start = performance.now()
      await spin(n, 2e8)
      keep(`spin.${n}.ms`, performance.now() - start)
    }, runs(5, 1, () => { while (spinners.length < 2) spinners.push(new Worker(SPIN, { eval: true })) }))
  }
})

describe('3c. workers: peak RSS of cppcc-nlp tag - on the same 200 documents (spawned)', () => {
  const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text })).join('\n') + '\n'
  for (const n of [1, 2]) {
    bench(`tag - --jobs ${n}`, async () => {
      keep(`workers.${n}.rssMB`, runNode([CLI, 'tag', '-', '--jobs', String(n), '--progress', 'none', '--engine', '@node-rs/jieba'], input).rssMB)
    }, runs(2, 0, () => openPool(0)))
  }
})

describe('4. linear time: one document of 0.1, 1 and 5 MB', () => {
  const sizes: Array<[string, number, ReturnType<typeof during>]> = [
    ['0.1', 1e5, during(3000, 2000, () => analyzerFor('@node-rs/jieba'))],
    ['1', 1e6, runs(3, 1)],
    ['5', 5e6, runs(3, 1)],
  ]
  for (const [label, size, options] of sizes) {
    const doc = archiveDocument(size)
    record(`linear.${label}.bytes`, utf8Bytes(doc))
    bench(`analyze, ${label} MB document`, async () => {
      const analyzer = analyzerFor('@node-rs/jieba')
      const cpu = process.cpuUsage()
      const start = performance.now()
      analyzer.analyze(doc)
      keep(`linear.${label}.ms`, performance.now() - start)
      // CPU time as well: on a shared machine, wall time also counts the time the process waited for a core.
      const used = process.cpuUsage(cpu)
      keep(`linear.${label}.cpuMs`, (used.user + used.system) / 1000)
    }, options)
  }
})

afterAll(async () => {
  for (const p of pools.values()) await p.destroy()
  for (const w of spinners) await w.terminate()
})
