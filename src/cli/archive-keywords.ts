import { once } from 'node:events'
import { createReadStream, createWriteStream, renameSync } from 'node:fs'
import { createInterface } from 'node:readline'
import type { ArchiveKeywords } from '../topics/archive.js'

/** A result line with its keywords ranked against the archive (lines of documents not in it stay as they are). */
export function withArchiveKeywords(line: string, archive: ArchiveKeywords): string {
  const o = JSON.parse(line) as { id: string; keywords?: unknown }
  const k = archive.keywords(o.id, 10)
  if (!o.keywords || k.length === 0) return line.endsWith('\n') ? line : line + '\n'
  o.keywords = k
  return JSON.stringify(o) + '\n'
}

/** Rewrites an output file with archive keywords, through a temporary file renamed over it. */
export async function rewriteKeywords(file: string, archive: ArchiveKeywords): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`
  const out = createWriteStream(tmp)
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (line && !out.write(withArchiveKeywords(line, archive))) await once(out, 'drain')
  }
  await new Promise<void>((res) => out.end(res))
  renameSync(tmp, file)
}
