import { createInterface } from 'node:readline'
import { errorLine, type Job, type JobResult } from './lines.js'

const what = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? 'a string' : typeof v === 'number' ? 'a number' : typeof v === 'boolean' ? 'a boolean' : 'an object')

/**
 * One `tag -` input line → a job, or the error line that stands for it. The id stays as given (a string
 * or a number); a line without one is `line:N`, N counted from 1 over all lines read.
 */
export function parseLine(line: string, n: number, maxBytes: number, words: boolean): Job | JobResult {
  let o: unknown
  try {
    o = JSON.parse(line)
  } catch (e) {
    return errorLine(`line:${n}`, 'E_BAD_LINE', `line ${n} is not JSON: ${(e as Error).message}`)
  }
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return errorLine(`line:${n}`, 'E_BAD_LINE', `line ${n} is ${what(o)}, expected an object {"id","text"}`)
  const { id: given, text } = o as { id?: unknown; text?: unknown }
  const id = typeof given === 'string' || (typeof given === 'number' && Number.isFinite(given)) ? given : `line:${n}`
  if (typeof text !== 'string') return errorLine(id, 'E_BAD_LINE', `line ${n}: "text" is ${text === undefined ? 'missing' : what(text)}, expected a string`)
  return { id, text, maxBytes, words }
}

/** Jobs from standard input, one per non-blank line. */
export async function* stdinJobs(maxBytes: number, words: boolean): AsyncGenerator<Job | JobResult> {
  let n = 0
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    n++
    if (line.trim() !== '') yield parseLine(line, n, maxBytes, words)
  }
}
