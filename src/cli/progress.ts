/** What a run did: every count the summary prints. */
export type RunCounts = { total: number; documents: number; failed: number; skipped: number; retried: number; added: number; bytes: number }

// Megabytes and rates keep 4 significant digits: a run of small documents is not 0 MB at 0 MB/s.
const sig = (x: number) => Number(x.toPrecision(4))
/** Bytes for people: 812 B, 45.3 kB, 120.5 MB. */
const human = (b: number) => (b < 1e3 ? `${Math.round(b)} B` : b < 1e6 ? `${(b / 1e3).toFixed(1)} kB` : `${(b / 1e6).toFixed(1)} MB`)

/**
 * Progress on a terminal (a redrawn bar) or, when stderr is not a TTY, a JSON line every few seconds.
 * `total` is null while it is not known (standard input).
 */
export class Progress {
  private done = 0
  private failed = 0
  private bytes = 0
  private readonly t0 = Date.now()
  private lastDraw = Date.now()
  constructor(private readonly total: number | null, private readonly mode: 'bar' | 'json' | 'none') {}

  tick(ok: boolean, bytes: number): void {
    this.done++
    if (!ok) this.failed++
    this.bytes += bytes
    const now = Date.now()
    if (this.mode === 'bar' && (now - this.lastDraw > 100 || this.done === this.total)) this.drawBar(now)
    if (this.mode === 'json' && now - this.lastDraw > 5000) {
      this.lastDraw = now
      process.stderr.write(JSON.stringify({ event: 'progress', ...this.stats(now), total: this.total }) + '\n')
    }
  }

  private stats(now = Date.now()) {
    const seconds = Math.max((now - this.t0) / 1000, 1e-3)
    const mb = this.bytes / 1e6
    return { documents: this.done, failed: this.failed, bytes: this.bytes, mb: sig(mb), seconds: +seconds.toFixed(2), mbPerSecond: sig(mb / seconds) }
  }

  private drawBar(now: number): void {
    this.lastDraw = now
    const s = this.stats(now)
    const rate = s.documents / s.seconds
    const where = this.total === null ? `${this.done} documents` : `[${'#'.repeat(Math.round((this.total ? this.done / this.total : 1) * 24)).padEnd(24, '.')}] ${this.done}/${this.total} documents`
    const eta = this.total !== null && rate > 0 ? `  ETA ${Math.round((this.total - this.done) / rate)}s` : ''
    process.stderr.write(`\r${where}  ${human(s.bytes)}  ${rate.toFixed(1)} documents/s${eta}  failed ${this.failed}  `)
  }

  /**
   * The final summary, always printed (a line for people on a TTY, JSON otherwise). `skipped`: done
   * before and kept; `retried`: failed before and done again; the rest of this run's documents are `added`.
   */
  finish(skipped: number, retried: number): RunCounts {
    const s = this.stats()
    const c: RunCounts = { total: s.documents + skipped, documents: s.documents, failed: s.failed, skipped, retried, added: s.documents - retried, bytes: s.bytes }
    if (this.mode === 'bar') {
      process.stderr.write('\n')
      process.stderr.write(`${c.total} documents: ${c.added} added, ${c.retried} retried, ${c.skipped} skipped (done before); ${c.failed} failed; ${human(s.bytes)} in ${s.seconds}s (${human(s.bytes / s.seconds)}/s)\n`)
    } else process.stderr.write(JSON.stringify({ event: 'summary', total: c.total, documents: c.documents, failed: c.failed, skipped, retried, added: c.added, bytes: s.bytes, mb: s.mb, seconds: s.seconds, mbPerSecond: s.mbPerSecond }) + '\n')
    return c
  }
}
