import { createWriteStream } from 'node:fs'
import { availableParallelism } from 'node:os'
import { createInterface } from 'node:readline'
import { listInputs, parseShard } from './inputs.js'
import { createPool } from './pool.js'
import type { Job, JobResult } from './job.js'
import { Progress } from './progress.js'
import { doneIds } from './resume.js'
import { ArchiveKeywords } from '../topics/archive.js'
import { rewriteKeywords, withArchiveKeywords } from './archive-keywords.js'

export type TagOptions = { paths: string[]; out?: string; jobs?: number; resume: boolean; shard?: string; maxBytes: number; progress: 'auto' | 'bar' | 'json' | 'none'; archiveKeywords?: boolean }

/** Jobs from stdin JSON Lines `{"id","text"}`; a bad line becomes a job that fails with its reason. */
async function* stdinJobs(maxBytes: number, words: boolean): AsyncGenerator<Job | JobResult> {
  let n = 0
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    n++
    if (line.trim() === '') continue
    try {
      const o = JSON.parse(line) as { id?: unknown; text?: unknown }
      const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : `line:${n}`
      if (typeof o.text !== 'string') yield { id, ok: false, bytes: 0, line: JSON.stringify({ id, error: { code: 'E_BAD_LINE', message: `line ${n}: expected {"id","text"} with text a string` } }) }
      else yield { id, text: o.text, maxBytes, words }
    } catch (e) {
      yield { id: `line:${n}`, ok: false, bytes: 0, line: JSON.stringify({ id: `line:${n}`, error: { code: 'E_BAD_LINE', message: `line ${n} is not JSON: ${(e as Error).message}` } }) }
    }
  }
}

/**
 * `cppcc-nlp tag`: analyse many documents on a worker pool (each worker loads the dictionaries once)
 * and write one JSON line per document, in input order. Returns the number of failed documents.
 */
export async function tag(o: TagOptions): Promise<{ documents: number; failed: number }> {
  const fromStdin = o.paths.length === 1 && o.paths[0] === '-'
  const done = o.out && o.resume ? doneIds(o.out) : new Set<string>()
  let files: string[] = []
  if (!fromStdin) {
    files = listInputs(o.paths)
    const shard = parseShard(o.shard)
    if (shard) files = files.filter((_, i) => i % shard.count === shard.index)
  }
  const todo = files.filter((f) => !done.has(f))
  const jobs = Math.max(1, o.jobs ?? availableParallelism())
  const pool = createPool(jobs)
  const archive = o.archiveKeywords ? new ArchiveKeywords() : null
  // Archive keywords rewrite every line at the end: on stdout the lines wait until then.
  const held: string[] = []
  const sink = o.out ? createWriteStream(o.out, { flags: o.resume ? 'a' : 'w' }) : archive ? { write: (s: string) => held.push(s) } : process.stdout
  const mode = o.progress === 'auto' ? (process.stderr.isTTY ? 'bar' : 'json') : o.progress
  const progress = new Progress(fromStdin ? 0 : todo.length, mode)

  // Results arrive out of order; they are written in input order through this buffer.
  const ready = new Map<number, JobResult>()
  let next = 0
  const flush = () => {
    for (let r = ready.get(next); r; r = ready.get(next)) {
      sink.write(r.line + '\n')
      ready.delete(next++)
    }
  }
  const inflight = new Set<Promise<void>>()
  let index = 0
  const submit = async (item: Job | JobResult) => {
    const i = index++
    const p = ('line' in item ? Promise.resolve(item) : (pool.run(item) as Promise<JobResult>)).then((r) => {
      if (archive && r.words) { archive.addWords(r.id, r.words); delete r.words }
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
  if (fromStdin) for await (const item of stdinJobs(o.maxBytes, words)) await submit(item)
  else for (const f of todo) await submit({ id: f, path: f, maxBytes: o.maxBytes, words })
  await Promise.all(inflight)
  await pool.destroy()
  if (o.out) await new Promise<void>((res) => (sink as NodeJS.WritableStream).end(res))
  if (archive && o.out) await rewriteKeywords(o.out, archive)
  if (archive && !o.out) for (const line of held) process.stdout.write(withArchiveKeywords(line, archive))
  return progress.finish(files.length - todo.length)
}
