import { readFileSync, statSync } from 'node:fs'
import { createAnalyzer, type Analyzer } from '../analyzer.js'
import { decode } from './decode.js'

/** One document to analyse: a file path, or text given inline (`tag -`). */
export type Job = { id: string; path?: string; text?: string; maxBytes: number; words?: boolean }
/** `words`: the document's content words, asked for when keywords are ranked against the archive. */
export type JobResult = { id: string; line: string; ok: boolean; bytes: number; words?: string[] }

let analyzer: Analyzer | undefined

const stripHtml = (s: string) => s.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '').replace(/<[^>]+>/g, '')

/** Analyse one document into one JSON line; every failure becomes a line with `error`, never a throw. */
export function runJob(job: Job): JobResult {
  const a = (analyzer ??= createAnalyzer())
  const fail = (code: string, message: string, bytes = 0): JobResult => ({ id: job.id, ok: false, bytes, line: JSON.stringify({ id: job.id, error: { code, message } }) })
  try {
    let text = job.text
    let bytes = text === undefined ? 0 : Buffer.byteLength(text)
    if (text === undefined) {
      const size = statSync(job.path!).size
      if (size > job.maxBytes) return fail('E_TOO_LARGE', `the file has ${size} bytes, over --max-bytes ${job.maxBytes}`, size)
      const d = decode(readFileSync(job.path!))
      bytes = size
      if ('error' in d) return fail(d.error.code, d.error.message, size)
      text = /\.html?$/i.test(job.path!) ? stripHtml(d.text) : d.text
    } else if (bytes > job.maxBytes) return fail('E_TOO_LARGE', `the text has ${bytes} bytes, over --max-bytes ${job.maxBytes}`, bytes)
    if (text.trim() === '') return fail('E_EMPTY', 'the document has no text', bytes)
    const result = a.analyze(text)
    let words: string[] | undefined
    if (job.words) words = a.contentWords(text)
    return { id: job.id, ok: true, bytes, line: JSON.stringify({ id: job.id, ...result }), ...(words ? { words } : {}) }
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    return fail(err.code === 'ENOENT' || err.code === 'EACCES' || err.code === 'EISDIR' ? 'E_UNREADABLE' : 'E_INTERNAL', err.message)
  }
}
