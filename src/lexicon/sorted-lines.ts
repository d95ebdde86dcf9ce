import { compareKey, fieldOf, type Lines } from './line-index.js'

/**
 * An exact dictionary over a text file in which each line starts with its key and a space, searched
 * by halving: nothing is built at start-up, where a table of 350,000 lines takes longer to make than
 * the look-ups of every word of a long page. Either the file is sorted by key in byte order, each key
 * once (jieba's dict.txt; data/scripts/build-jieba-check.ts checks it), and a probe backs up to the
 * start of the line it lands in; or `order` lists the byte offsets of its lines in key order (see
 * keyOrder: jieba's idf.txt, whose order the build saves). The keys of one first character are one
 * block of that order: a look-up halves the block of its first character, found once per character
 * and remembered, so that it reads a few nearby lines instead of probing across the whole file.
 */
export class SortedLines implements Lines {
  private readonly encoder = new TextEncoder()
  private scratch = new Uint8Array(256)
  /** Positions of the lines: byte offsets, or indices into `order`; [0, end). */
  private readonly end: number
  /** [start, end) of the block of each first character (code point) looked up so far. */
  private readonly blocks = new Map<number, { start: number; end: number }>()

  constructor(readonly bytes: Uint8Array, private readonly order?: Int32Array) {
    this.end = order ? order.length : bytes.length
  }

  find(key: string): number {
    if (this.scratch.length < key.length * 3) this.scratch = new Uint8Array(key.length * 3)
    const len = this.encoder.encodeInto(key, this.scratch).written
    if (len === 0) return -1
    const block = this.blockOf(key.codePointAt(0)!)
    const i = this.firstNotBefore(this.scratch, len, block.start, block.end)
    if (i >= block.end) return -1
    const at = this.order ? this.order[i]! : i
    return compareKey(this.bytes, at, this.scratch, 0, len) === 0 ? at : -1
  }

  /** The block of the keys starting with the character `first`, whose UTF-8 bytes start the scratch key. */
  private blockOf(first: number): { start: number; end: number } {
    let block = this.blocks.get(first)
    if (!block) {
      const lead = this.scratch[0]!
      const n = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4
      const bytes = this.scratch.slice(0, n)
      const start = this.firstNotBefore(bytes, n, 0, this.end)
      // Past every key of this first character: its bytes with the last one raised (at most 0x7f or 0xbf, so no overflow).
      bytes[n - 1]!++
      block = { start, end: this.firstNotBefore(bytes, n, start, this.end) }
      this.blocks.set(first, block)
    }
    return block
  }

  /** The first line in positions [lo, hi) whose key is not before key[0, len) in byte order, or hi; lo is a line's position. */
  private firstNotBefore(key: Uint8Array, len: number, lo: number, hi: number): number {
    const b = this.bytes
    const lines = this.order
    while (lo < hi) {
      if (lines) {
        const mid = (lo + hi) >>> 1
        if (compareKey(b, lines[mid]!, key, 0, len) >= 0) hi = mid
        else lo = mid + 1
        continue
      }
      // A probe backs up to the start of its line; lo is always at the start of one.
      let at = (lo + hi) >>> 1
      while (at > lo && b[at - 1] !== 10) at--
      if (compareKey(b, at, key, 0, len) >= 0) hi = at
      else {
        const nl = b.indexOf(10, at)
        lo = nl < 0 ? b.length : nl + 1
      }
    }
    return lo
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
