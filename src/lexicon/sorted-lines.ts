import { compareKey, fieldOf, type Lines } from './line-index.js'

/**
 * An exact dictionary over a text file whose lines are sorted by their key in byte order, each key
 * once (jieba's dict.txt, `word freq tag`; data/scripts/build-jieba-check.ts checks it): a look-up is a
 * binary search over the file's own bytes, a probe backing up to the start of the line it lands in.
 * Nothing is built, where a table of 350,000 lines takes longer to make at start-up than a run of
 * look-ups of every word of a long page.
 */
export class SortedLines implements Lines {
  private readonly encoder = new TextEncoder()
  private scratch = new Uint8Array(256)

  constructor(readonly bytes: Uint8Array) {}

  find(key: string): number {
    if (this.scratch.length < key.length * 3) this.scratch = new Uint8Array(key.length * 3)
    const len = this.encoder.encodeInto(key, this.scratch).written
    if (len === 0) return -1
    const b = this.bytes
    // [lo, hi): lo always at the start of a line.
    let lo = 0
    let hi = b.length
    while (lo < hi) {
      let at = (lo + hi) >>> 1
      while (at > lo && b[at - 1] !== 10) at--
      const order = compareKey(b, at, this.scratch, 0, len)
      if (order === 0) return at
      if (order > 0) hi = at
      else {
        const nl = b.indexOf(10, at)
        lo = nl < 0 ? b.length : nl + 1
      }
    }
    return -1
  }

  field(at: number, n: number): string {
    return fieldOf(this.bytes, at, n)
  }
}
