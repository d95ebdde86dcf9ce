import { UnitSet } from './unit-set.js'

/**
 * A dictionary of forms of two or more characters, bucketed by their first two UTF-16 units: one probe
 * of an open-addressing table of 32-bit keys per text position (no key string is built, and no JS Map
 * is hashed), then the rest of each form of the bucket is compared unit by unit. Much lighter than a
 * character trie for tens of thousands of names.
 *
 * Forms are added to plain arrays; the first look-up after an addition packs them into typed arrays
 * (the rests of a bucket's forms side by side in one Uint16Array), so that a look-up reads a few
 * adjacent cache lines instead of chasing one string object per form.
 */
export class PrefixIndex<V> {
  /** Forms by their first two units, while adding. */
  private readonly buckets: Array<Array<{ form: string; values: V[] }>> = []
  /** First UTF-16 units of the forms: many positions are rejected here. */
  private readonly first = new UnitSet()
  /**
   * A bit per hashed pair of first units (2^17 bits, 16 KB): most pairs that begin no form are rejected
   * with one read. Small enough to stay in cache while a document is scanned; a false hit costs one probe.
   */
  private readonly pairs = new Int32Array(1 << 12)
  /** [key, bucket number + 1] pairs (0: empty slot); the key is the two first units as one int32. */
  private cells = new Int32Array(2048)
  private bits = 10
  /** Packed entries, bucket by bucket and shortest first: entries of bucket b are [bucketStart[b], bucketStart[b + 1]). */
  private packed: { bucketStart: Int32Array; restStart: Int32Array; rests: Uint16Array; values: V[][] } | undefined

  private static key(text: string, at: number): number {
    return (text.charCodeAt(at) << 16) | text.charCodeAt(at + 1)
  }

  /** Cell of `key`: where it is, or where it would go. */
  private slot(key: number): number {
    const c = this.cells
    const mask = (1 << this.bits) - 1
    // Fibonacci hashing: the high bits of the product mix both units (the low bits would only see the second).
    let i = (Math.imul(key, 0x9e3779b1) >>> (32 - this.bits)) & mask
    while (c[i * 2 + 1] !== 0 && c[i * 2] !== key) i = (i + 1) & mask
    return i
  }

  private grow(): void {
    const old = this.cells
    this.cells = new Int32Array(old.length * 2)
    this.bits++
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === 0) continue
      const j = this.slot(old[i]!)
      this.cells[j * 2] = old[i]!
      this.cells[j * 2 + 1] = old[i + 1]!
    }
  }

  add(form: string, value: V): void {
    if (form.length < 2) throw new Error(`PrefixIndex takes forms of two or more units, got ${form}`)
    this.packed = undefined
    this.first.add(form.charCodeAt(0))
    const key = PrefixIndex.key(form, 0)
    const bit = Math.imul(key, 0x85ebca6b) >>> 15
    this.pairs[bit >>> 5]! |= 1 << (bit & 31)
    let i = this.slot(key)
    if (this.cells[i * 2 + 1] === 0) {
      // Load factor at most 1/2.
      if ((this.buckets.length + 1) * 2 > 1 << this.bits) { this.grow(); i = this.slot(key) }
      this.buckets.push([])
      this.cells[i * 2] = key
      this.cells[i * 2 + 1] = this.buckets.length
    }
    const b = this.buckets[this.cells[i * 2 + 1]! - 1]!
    const entry = b.find((x) => x.form === form)
    if (entry) entry.values.push(value)
    else b.push({ form, values: [value] })
  }

  private pack(): NonNullable<PrefixIndex<V>['packed']> {
    const bucketStart = new Int32Array(this.buckets.length + 1)
    let entries = 0
    let units = 0
    // Only the rest of each form (after its first two units) is stored: the bucket says the first two.
    for (const b of this.buckets) { entries += b.length; for (const x of b) units += x.form.length - 2 }
    const restStart = new Int32Array(entries + 1)
    const rests = new Uint16Array(units)
    const values: V[][] = []
    let e = 0
    let u = 0
    this.buckets.forEach((b, k) => {
      bucketStart[k] = e
      for (const x of [...b].sort((p, q) => p.form.length - q.form.length)) {
        restStart[e++] = u
        for (let j = 2; j < x.form.length; j++) rests[u++] = x.form.charCodeAt(j)
        values.push(x.values)
      }
    })
    bucketStart[this.buckets.length] = e
    restStart[e] = u
    return (this.packed = { bucketStart, restStart, rests, values })
  }

  /** Whether any form begins with the unit at `at` (a cheap filter before `matchesAt`). */
  mayStartAt(text: string, at: number): boolean {
    return this.first.has(text.charCodeAt(at))
  }

  /** Every entry that starts at `at`, shortest first, as [end, values]. */
  matchesAt(text: string, at: number): Array<[number, V[]]> {
    if (at + 1 >= text.length) return NONE
    const key = PrefixIndex.key(text, at)
    const bit = Math.imul(key, 0x85ebca6b) >>> 15
    if (!(this.pairs[bit >>> 5]! & (1 << (bit & 31)))) return NONE
    const n = this.cells[this.slot(key) * 2 + 1]!
    if (n === 0) return NONE
    const { bucketStart, restStart, rests, values } = this.packed ?? this.pack()
    let out: Array<[number, V[]]> = NONE
    // A bucket holds one pair of first units exactly: only the rest of each form is compared.
    for (let e = bucketStart[n - 1]!; e < bucketStart[n]!; e++) {
      const from = restStart[e]!
      const len = restStart[e + 1]! - from
      if (at + 2 + len > text.length) break
      let k = 0
      while (k < len && rests[from + k] === text.charCodeAt(at + 2 + k)) k++
      if (k < len) continue
      if (out === NONE) out = []
      out.push([at + 2 + len, values[e]!])
    }
    return out
  }
}

// Shared and never written to: most positions match nothing.
const NONE: Array<[number, never[]]> = []
