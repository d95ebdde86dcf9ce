/**
 * An exact map from substrings of one text, given by their bounds, to row numbers: an open-addressing
 * table of typed arrays over the UTF-16 units, in which every candidate slot is confirmed by comparing
 * the units, so two keys never answer for each other. No string is made: a Map of 43,700 fresh code
 * strings (divisions.tsv) costs ten times as much.
 */
export class SpanIndex {
  /** Per slot: the key's start and end in the text, and its row + 1 (0: an empty slot). */
  private readonly table: Int32Array
  private readonly mask: number

  /** `size`: how many keys at most. */
  constructor(private readonly text: string, size: number) {
    // Load factor at most 3/4, as LineIndex.
    let capacity = 1024
    while (capacity * 3 < size * 4) capacity <<= 1
    this.table = new Int32Array(capacity * 3)
    this.mask = capacity - 1
  }

  /** The slot of text[s, e), or the empty slot where it would go. */
  private slotOf(s: number, e: number): number {
    const { text, table } = this
    let h = 0x811c9dc5 // FNV-1a over the units
    for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
    let i = h & this.mask
    for (; table[i * 3 + 2] !== 0; i = (i + 1) & this.mask) {
      const ks = table[i * 3]!
      if (table[i * 3 + 1]! - ks !== e - s) continue
      let k = 0
      while (k < e - s && text.charCodeAt(ks + k) === text.charCodeAt(s + k)) k++
      if (k === e - s) break
    }
    return i
  }

  /** Maps text[s, e) to `row`; a key set again takes the later row. */
  set(s: number, e: number, row: number): void {
    const i = this.slotOf(s, e)
    this.table[i * 3] = s
    this.table[i * 3 + 1] = e
    this.table[i * 3 + 2] = row + 1
  }

  /** The row of text[s, e), or -1. */
  get(s: number, e: number): number {
    return this.table[this.slotOf(s, e) * 3 + 2]! - 1
  }
}
