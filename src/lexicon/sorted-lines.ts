import { compareKey, fieldOf, type Lines } from './line-index.js'

/**
 * An exact dictionary over a text file in which each line starts with its key and a space, searched
 * by halving: nothing is built at start-up, where a table of 350,000 lines takes longer to make than
 * the look-ups of every word of a long page. Either the file is sorted by key in byte order, each key
 * once (jieba's dict.txt; data/scripts/build-jieba-check.ts checks it), and a probe backs up to the
 * start of the line it lands in; or `order` lists the byte offsets of its lines in key order (see
 * keyOrder: jieba's idf.txt, whose order the build saves).
 */
export class SortedLines implements Lines {
  private readonly encoder = new TextEncoder()
  private scratch = new Uint8Array(256)

  constructor(readonly bytes: Uint8Array, private readonly order?: Int32Array) {}

  find(key: string): number {
    if (this.scratch.length < key.length * 3) this.scratch = new Uint8Array(key.length * 3)
    const len = this.encoder.encodeInto(key, this.scratch).written
    if (len === 0) return -1
    return this.order ? this.findInOrder(this.order, len) : this.findInBytes(len)
  }

  private findInBytes(len: number): number {
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

  private findInOrder(lines: Int32Array, len: number): number {
    let lo = 0
    let hi = lines.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const order = compareKey(this.bytes, lines[mid]!, this.scratch, 0, len)
      if (order === 0) return lines[mid]!
      if (order > 0) hi = mid
      else lo = mid + 1
    }
    return -1
  }

  field(at: number, n: number): string {
    return fieldOf(this.bytes, at, n)
  }
}

/**
 * The byte offsets of the lines of a file in the order of their keys (bytes up to the first space,
 * tab or line end), for SortedLines: a key listed twice keeps its last line, and lines without a key
 * or starting with # are left out, as LineIndex reads the file.
 */
export function keyOrder(bytes: Uint8Array): Int32Array {
  const last = new Map<string, number>()
  for (let s = 0; s < bytes.length; ) {
    let e = s
    while (e < bytes.length && bytes[e] !== 32 && bytes[e] !== 10 && bytes[e] !== 13 && bytes[e] !== 9) e++
    if (e > s && bytes[s] !== 35) last.set(Buffer.from(bytes.buffer, bytes.byteOffset + s, e - s).toString('latin1'), s)
    const nl = bytes.indexOf(10, e)
    s = nl < 0 ? bytes.length : nl + 1
  }
  // latin1 keeps one character per byte, so that comparing the strings compares the bytes.
  return Int32Array.from([...last].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, at]) => at))
}
