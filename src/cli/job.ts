import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs'
import { Tinypool } from 'tinypool'
import { createAnalyzer, type Analyzer } from '../analyzer.js'
import type { AnalyzeOptions } from '../schema/options.js'
import { decode } from './decode.js'
import { CppccNlpError } from '../errors.js'
import { errorLine, type Job, type JobResult } from './lines.js'

/**
 * The analyzer of this worker thread, made on its first document with the options `tag` passed to the
 * pool (engine, extendDir): each worker loads the lexicons once and keeps them for the run.
 */
let analyzer: Analyzer | undefined
// Tinypool keeps worker_threads' workerData for itself and hands the pool's own through this getter.
const options = (Tinypool.workerData as { analyzer?: AnalyzeOptions } | undefined)?.analyzer ?? {}

const ERRNO: Record<string, string> = { ENOENT: 'E_UNREADABLE', EACCES: 'E_UNREADABLE', EPERM: 'E_UNREADABLE', EISDIR: 'E_NOT_REGULAR', ELOOP: 'E_LINK_LOOP' }

/** The bytes of a regular file; opened without blocking, so a FIFO that took a file's place cannot hang the run. */
function readRegular(path: string, maxBytes: number): Buffer | { code: string; message: string } {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) return { code: 'E_NOT_REGULAR', message: `${path} is not a regular file` }
    if (st.size > maxBytes) return { code: 'E_TOO_LARGE', message: `the file has ${st.size} bytes, over --max-bytes ${maxBytes}` }
    return readFileSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * Analyse one document into one JSON line; every failure becomes a line with `error`, never a throw.
 * HTML is analysed as it is: normalize's markup step removes it with an offset map, so spans slice the file.
 */
export function runJob(job: Job): JobResult {
  try {
    const a = (analyzer ??= createAnalyzer(options))
    let text = job.text
    let bytes = text === undefined ? 0 : Buffer.byteLength(text)
    if (text === undefined) {
      const raw = readRegular(job.path!, job.maxBytes)
      if (!Buffer.isBuffer(raw)) return errorLine(job.id, raw.code, raw.message)
      bytes = raw.length
      const d = decode(raw)
      if ('error' in d) return errorLine(job.id, d.error.code, d.error.message, bytes)
      text = d.text
    } else if (bytes > job.maxBytes) return errorLine(job.id, 'E_TOO_LARGE', `the text has ${bytes} bytes, over --max-bytes ${job.maxBytes}`)
    if (text.trim() === '') return errorLine(job.id, 'E_EMPTY', 'the document has no text', bytes)
    const result = a.analyze(text)
    let words: string[] | undefined
    if (job.words) words = a.contentWords(text)
    return { id: job.id, ok: true, bytes, line: JSON.stringify({ id: job.id, ...result }), ...(words ? { words, keywords: result.keywords } : {}) }
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    // The library's own errors (an engine not installed, a bad extension file) keep their codes.
    const code = e instanceof CppccNlpError ? e.code : ERRNO[err.code ?? ''] ?? 'E_INTERNAL'
    return errorLine(job.id, code, err.message)
  }
}
