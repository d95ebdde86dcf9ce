import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import type { Tinypool } from 'tinypool'
import type { AnalyzeOptions } from '../schema/options.js'
import { ArchiveRun, dropSidecar } from './archive-keywords.js'
import { CliError } from './errors.js'
import { listInputs, type Input } from './inputs.js'
import { errorLine, type Job, type JobResult } from './lines.js'
import { checkOutput, OutputFile } from './output.js'
import { createPool } from './pool.js'
import { Progress, type RunCounts } from './progress.js'
import { compact, keyOf, type Prior } from './resume.js'
import { parseShard, shardOf } from './shard.js'
import { stdinJobs } from './stdin.js'

export type TagOptions = {
  paths: string[]; out?: string; jobs?: number; resume: boolean; shard?: string; maxBytes: number; progress: 'auto' | 'bar' | 'json' | 'none'; archiveKeywords?: boolean
  /** What each worker's analyzer is made with: the engine and the user's extensions. */
  analyzer?: AnalyzeOptions
}

/** Options that cannot work together, and an output that cannot be written: found before any work. */
function check(o: TagOptions, fromStdin: boolean): void {
  if (o.paths.includes('-') && !fromStdin) throw new CliError('E_USAGE', '- (standard input) takes no other path')
  if (o.resume && !o.out) throw new CliError('E_USAGE', '--resume needs --out F: it continues the run that wrote F')
  if (o.shard !== undefined && fromStdin) throw new CliError('E_USAGE', '--shard splits files; standard input is split by whoever feeds it')
  if (!o.out) return
  checkOutput(o.out)
  if (o.resume && !o.archiveKeywords && existsSync(ArchiveRun.path(o.out))) {
    throw new CliError('E_USAGE', `${o.out} was written with --archive-keywords (${ArchiveRun.path(o.out)} is beside it): resume with --archive-keywords, or delete both`)
  }
}

/** The inputs of this shard, never the output itself (--out archive/results.txt while tagging archive). */
function inputsOf(o: TagOptions): Input[] {
  const shard = parseShard(o.shard)
  const own = o.out ? [o.out, ArchiveRun.path(o.out)].map((f) => resolve(f)) : []
  const all = listInputs(o.paths).filter((i) => !('path' in i) || !own.includes(resolve(i.path)))
  return shard ? all.filter((i) => shardOf(i.id, shard.count) === shard.index) : all
}

/**
 * `cppcc-nlp tag`: analyse many documents on a worker pool (each worker loads the dictionaries once)
 * and write one JSON line per document, in input order. On `--resume`, the output is first made one
 * line per id; documents with a result line are skipped, failed ones done again (their new line
 * replaces the old).
 */
export async function tag(o: TagOptions): Promise<RunCounts> {
  const fromStdin = o.paths.length === 1 && o.paths[0] === '-'
  check(o, fromStdin)
  const inputs = fromStdin ? null : inputsOf(o)
  const archive = o.archiveKeywords ? new ArchiveRun(o.out ?? null) : null
  let prior: Prior = { ok: new Set(), failed: new Set() }
  if (o.out && o.resume) {
    await archive?.load()
    let unranked = 0
    // With archive keywords a result line counts as done only with its words kept beside it.
    prior = await compact(o.out, (k, ok) => !ok || !archive || archive.saved.has(k) || (unranked++, false))
    if (unranked) process.stderr.write(`cppcc-nlp: ${unranked} documents of ${o.out} have no words kept in ${ArchiveRun.path(o.out)}: analysed again\n`)
  }
  if (o.out && !o.resume && !archive) dropSidecar(o.out)
  archive?.open(o.resume ? prior.ok : undefined)

  const todo = inputs?.filter((i) => !prior.ok.has(keyOf(i.id)))
  const jobs = Math.max(1, Math.min(o.jobs ?? availableParallelism(), todo?.length ?? Infinity))
  let pool: Tinypool | undefined
  const sink = o.out ? new OutputFile(o.out, o.resume) : null
  const held: string[] = [] // archive keywords on standard output: the lines wait for the whole run
  const write = (s: string) => (sink ? sink.write(s) : archive ? held.push(s) : process.stdout.write(s))
  const mode = o.progress === 'auto' ? (process.stderr.isTTY ? 'bar' : 'json') : o.progress
  const progress = new Progress(todo ? todo.length : null, mode)

  // Results arrive out of order; they are written in input order through this buffer.
  const ready = new Map<number, JobResult>()
  const okKeys = new Set<string>()
  let next = 0
  let retried = 0
  let skipped = inputs && todo ? inputs.length - todo.length : 0
  const flush = () => {
    for (let r = ready.get(next); r; r = ready.get(next)) {
      write(r.line + '\n')
      ready.delete(next++)
    }
  }
  const inflight = new Set<Promise<void>>()
  let index = 0
  const submit = async (item: Job | JobResult) => {
    const i = index++
    const run = 'line' in item ? Promise.resolve(item) : ((pool ??= createPool(jobs, undefined, o.analyzer)).run(item) as Promise<JobResult>)
    const p = run.then((r) => {
      const key = keyOf(r.id)
      if (r.ok) okKeys.add(key)
      if (prior.failed.has(key)) retried++
      if (archive && r.ok && r.words) archive.add(r.id, r.words, r.keywords ?? [])
      delete r.words
      ready.set(i, r)
      progress.tick(r.ok, r.bytes)
      flush()
    })
    inflight.add(p)
    void p.finally(() => inflight.delete(p))
    // Bounded look-ahead keeps memory flat on archives of any size.
    if (inflight.size >= jobs * 4) await Promise.race(inflight)
  }
  const words = archive !== null
  // Error inputs (a FIFO, a broken link) are their error lines already.
  const all = todo ? todo.map((i) => ('error' in i ? errorLine(i.id, i.error.code, i.error.message) : { id: i.id, path: i.path, maxBytes: o.maxBytes, words })) : stdinJobs(o.maxBytes, words)
  try {
    for await (const item of all) {
      if (sink?.failure) break
      if (fromStdin && prior.ok.has(keyOf(item.id))) { skipped++; continue }
      await submit(item)
    }
    await Promise.all(inflight)
  } finally {
    await pool?.destroy()
  }
  await sink?.close()
  await archive?.close()
  if (o.out && (o.resume || archive)) {
    // One line per id again (a retried document's old error line goes), then keywords over all of it.
    const final = o.resume ? await compact(o.out) : { ok: okKeys }
    if (archive) await archive.rewrite(o.out, await archive.rank(final.ok))
  }
  if (archive && !o.out) {
    const ranked = await archive.rank(okKeys)
    for (const line of held) process.stdout.write(archive.line(line, ranked))
  }
  return progress.finish(skipped, retried)
}
