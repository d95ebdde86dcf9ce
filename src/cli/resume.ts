import { once } from 'node:events'
import { createReadStream, createWriteStream, existsSync, renameSync, statSync, truncateSync } from 'node:fs'
import { CliError } from './errors.js'
import type { DocId } from './lines.js'

/** Resume matches documents by this key: the id's JSON, so that the string "5" and the number 5 differ. */
export const keyOf = (id: DocId) => JSON.stringify(id)

/** What an output file holds: the keys whose line is a result, and those whose line is an error. */
export type Prior = { ok: Set<string>; failed: Set<string> }

// Every line this CLI writes starts with its id; the error field, when there is one, comes right after.
const HEAD = /^\{"id":("(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*),("error":)?/

function head(line: string): { key: string; ok: boolean } | null {
  const m = HEAD.exec(line)
  if (m) return { key: keyOf(JSON.parse(m[1]!) as DocId), ok: !m[2] }
  try {
    const o = JSON.parse(line) as { id?: unknown; error?: unknown }
    return typeof o.id === 'string' || typeof o.id === 'number' ? { key: keyOf(o.id), ok: o.error === undefined } : null
  } catch {
    return null
  }
}

/** The complete lines (ended by \n) of a file; `seen.bytes` ends as the bytes they span (a killed run's cut line lies past them). */
async function* eachLine(file: string, seen = { bytes: 0 }): AsyncGenerator<Buffer> {
  let rest = Buffer.alloc(0)
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    const buf = rest.length ? Buffer.concat([rest, chunk]) : chunk
    let from = 0
    for (let nl = buf.indexOf(10, from); nl >= 0; nl = buf.indexOf(10, from)) {
      yield buf.subarray(from, nl + 1)
      seen.bytes += nl + 1 - from
      from = nl + 1
    }
    rest = Buffer.from(buf.subarray(from))
  }
}

/**
 * Makes an output file one line per id, the last one written (a retried document's new line replaces
 * its old error line), drops a line cut off by a killed run, blank lines and those `keep` refuses;
 * rewritten through a temporary file renamed over it, so a kill here loses nothing either.
 */
export async function compact(file: string, keep: (key: string, ok: boolean) => boolean = () => true): Promise<Prior> {
  const prior: Prior = { ok: new Set(), failed: new Set() }
  if (!existsSync(file)) return prior
  const heads: Array<{ key: string; ok: boolean } | null> = []
  const last = new Map<string, number>()
  const seen = { bytes: 0 }
  for await (const line of eachLine(file, seen)) {
    const h = line.length > 1 ? head(line.toString('utf8', 0, line.length - 1)) : null
    // Not a line of ours: the wrong file, which resuming would destroy.
    if (!h && line.length > 1) throw new CliError('E_OUTPUT', `--resume: line ${heads.length + 1} of ${file} is not a result line of cppcc-nlp tag; not writing into it`)
    if (h) last.set(h.key, heads.length)
    heads.push(h)
  }
  const kept = heads.map((h, i) => h !== null && last.get(h.key) === i && keep(h.key, h.ok))
  kept.forEach((k, i) => { if (k) (heads[i]!.ok ? prior.ok : prior.failed).add(heads[i]!.key) })
  if (kept.every(Boolean)) {
    if (seen.bytes < statSync(file).size) truncateSync(file, seen.bytes)
    return prior
  }
  const tmp = `${file}.tmp-${process.pid}`
  const out = createWriteStream(tmp)
  let i = 0
  for await (const line of eachLine(file)) if (kept[i++] && !out.write(line)) await once(out, 'drain')
  await new Promise<void>((res, rej) => { out.on('error', rej); out.end(res) })
  renameSync(tmp, file)
  return prior
}
