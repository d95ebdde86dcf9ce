import { once } from 'node:events'
import { createReadStream, createWriteStream, existsSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import type { Keyword } from '../schema/result.js'
import type { ArchiveKeywords } from '../topics/archive.js'
import { CliError } from './errors.js'
import { OutputFile } from './output.js'
import { keyOf } from './resume.js'
import type { DocId } from './lines.js'

/** A document's content words and its own (jieba) keywords, kept until the archive is ranked. */
type Saved = { words: string[]; keywords: Keyword[] }

/**
 * `--archive-keywords`: keywords ranked against every document of the output. The words of each
 * document are kept in `F.words` beside `--out F` (in memory on standard output), so that a resumed
 * run ranks over the whole output, not only what it analysed itself; the output is rewritten at the end.
 */
export class ArchiveRun {
  readonly saved = new Map<string, Saved>()
  private sidecar: OutputFile | null = null
  constructor(private readonly out: string | null) {}

  static path = (out: string) => `${out}.words`

  /** The words a killed or finished run kept (the last entry of an id wins). */
  async load(): Promise<void> {
    const file = this.out && ArchiveRun.path(this.out)
    if (!file || !existsSync(file)) return
    for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
      try {
        const o = JSON.parse(line) as { id: DocId; words: string[]; keywords: Keyword[] }
        this.saved.set(keyOf(o.id), { words: o.words, keywords: o.keywords })
      } catch { /* a line cut off by a kill: that document is done again */ }
    }
  }

  /**
   * Starts writing words: afresh, or (`keep`, on resume, once the output is compacted) after the words
   * of the documents in it, written whole to a temporary file renamed over the old one.
   */
  open(keep?: Set<string>): void {
    if (!this.out) return
    const file = ArchiveRun.path(this.out)
    if (keep) {
      const lines: string[] = []
      for (const [k, s] of this.saved) {
        if (keep.has(k)) lines.push(JSON.stringify({ id: JSON.parse(k) as DocId, ...s }) + '\n')
        else this.saved.delete(k)
      }
      writeFileSync(`${file}.tmp-${process.pid}`, lines.join(''))
      renameSync(`${file}.tmp-${process.pid}`, file)
    }
    this.sidecar = new OutputFile(file, !!keep)
  }

  add(id: DocId, words: string[], keywords: Keyword[]): void {
    this.saved.set(keyOf(id), { words, keywords })
    this.sidecar?.write(JSON.stringify({ id, words, keywords }) + '\n')
  }

  async close(): Promise<void> {
    await this.sidecar?.close()
  }

  /** The archive of the documents `keys` (those with a result line). */
  async rank(keys: Iterable<string>): Promise<ArchiveKeywords> {
    const { ArchiveKeywords } = await import('../topics/archive.js') // natural loads only when asked for
    const a = new ArchiveKeywords()
    for (const k of keys) { const s = this.saved.get(k); if (s) a.addWords(k, s.words) }
    return a
  }

  /** A result line with keywords against the archive; its own keywords where the archive ranks none. */
  line(line: string, archive: ArchiveKeywords): string {
    const o = JSON.parse(line) as { id: DocId; keywords?: Keyword[]; error?: unknown }
    const key = keyOf(o.id)
    const s = this.saved.get(key)
    if (o.error !== undefined || !s) return line.endsWith('\n') ? line : line + '\n'
    const k = archive.keywords(key, 10)
    o.keywords = k.length ? k : s.keywords
    return JSON.stringify(o) + '\n'
  }

  /** Rewrites the output with archive keywords, through a temporary file renamed over it. */
  async rewrite(file: string, archive: ArchiveKeywords): Promise<void> {
    const tmp = `${file}.tmp-${process.pid}`
    const out = createWriteStream(tmp)
    for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
      if (line && !out.write(this.line(line, archive))) await once(out, 'drain')
    }
    await new Promise<void>((res, rej) => { out.on('error', (e) => rej(new CliError('E_OUTPUT', `writing ${tmp}: ${e.message}`))); out.end(res) })
    renameSync(tmp, file)
  }
}

/** A fresh run without `--archive-keywords` writes a new output: words kept for an old one would lie. */
export function dropSidecar(out: string): void {
  rmSync(ArchiveRun.path(out), { force: true })
}
