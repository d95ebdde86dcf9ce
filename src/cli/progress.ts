/** Progress on a terminal (a redrawn bar) or, when stderr is not a TTY, a JSON line every few seconds. */
export class Progress {
  private done = 0
  private failed = 0
  private bytes = 0
  private readonly t0 = Date.now()
  private lastDraw = Date.now()
  constructor(private readonly total: number, private readonly mode: 'bar' | 'json' | 'none') {}

  tick(ok: boolean, bytes: number): void {
    this.done++
    if (!ok) this.failed++
    this.bytes += bytes
    const now = Date.now()
    if (this.mode === 'bar' && (now - this.lastDraw > 100 || this.done === this.total)) this.drawBar(now)
    if (this.mode === 'json' && now - this.lastDraw > 5000) {
      this.lastDraw = now
      process.stderr.write(JSON.stringify({ event: 'progress', ...this.stats(now) }) + '\n')
    }
  }

  private stats(now = Date.now()) {
    const secs = Math.max((now - this.t0) / 1000, 1e-3)
    return { documents: this.done, total: this.total, failed: this.failed, mb: +(this.bytes / 1e6).toFixed(2), seconds: +secs.toFixed(2), mbPerSecond: +(this.bytes / 1e6 / secs).toFixed(2) }
  }

  private drawBar(now: number): void {
    this.lastDraw = now
    const s = this.stats(now)
    const frac = this.total ? this.done / this.total : 1
    const width = 24
    const bar = '#'.repeat(Math.round(frac * width)).padEnd(width, '.')
    const rate = s.documents / s.seconds
    const eta = rate > 0 ? Math.round((this.total - this.done) / rate) : 0
    process.stderr.write(`\r[${bar}] ${this.done}/${this.total} files  ${s.mb} MB  ${rate.toFixed(1)} files/s  ETA ${eta}s  failed ${this.failed}  `)
  }

  /** The final summary, always printed (a line for people on a TTY, JSON otherwise). */
  finish(skipped: number): { documents: number; failed: number } {
    const s = this.stats()
    if (this.mode === 'bar') process.stderr.write('\n')
    if (this.mode === 'bar') process.stderr.write(`${s.documents} documents, ${s.failed} failed, ${skipped} skipped (already done), ${s.mb} MB in ${s.seconds}s (${s.mbPerSecond} MB/s)\n`)
    else process.stderr.write(JSON.stringify({ event: 'summary', ...s, skipped }) + '\n')
    return { documents: s.documents, failed: s.failed }
  }
}
