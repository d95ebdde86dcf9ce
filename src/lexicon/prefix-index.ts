/**
 * A dictionary of forms of two or more characters, bucketed by their first two UTF-16 units: one probe
 * of a small open-addressing table of 32-bit keys per text position (no key string is built, and no
 * JS Map is hashed), then a few `startsWith` checks. Much lighter than a character trie for tens of
 * thousands of names.
 */
export class PrefixIndex<V> {
  /** Forms by their first two units; `rest` is the form without them. */
  private readonly buckets: Array<Array<{ form: string; rest: string; values: V[] }>> = []
  /** First UTF-16 units of all forms: most positions are rejected here. */
  private readonly first = new Uint8Array(65536)
  /** A bit per hashed pair of first units (2^20 bits): most pairs that begin no form are rejected with one read. */
  private readonly pairs = new Int32Array(1 << 15)
  /** The two first units as one int32, and the bucket number + 1 (0: empty slot). */
  private keys = new Int32Array(1024)
  private slots = new Int32Array(1024)
  private bits = 10

  private static key(text: string, at: number): number {
    return (text.charCodeAt(at) << 16) | text.charCodeAt(at + 1)
  }

  /** Slot of `key`: where it is, or where it would go. */
  private slot(key: number): number {
    const mask = this.keys.length - 1
    // Fibonacci hashing: the high bits of the product mix both units (the low bits would only see the second).
    let i = (Math.imul(key, 0x9e3779b1) >>> (32 - this.bits)) & mask
    while (this.slots[i] !== 0 && this.keys[i] !== key) i = (i + 1) & mask
    return i
  }

  private grow(): void {
    const { keys, slots } = this
    this.keys = new Int32Array(keys.length * 2)
    this.slots = new Int32Array(keys.length * 2)
    this.bits++
    for (let i = 0; i < keys.length; i++) {
      if (slots[i] === 0) continue
      const j = this.slot(keys[i]!)
      this.keys[j] = keys[i]!
      this.slots[j] = slots[i]!
    }
  }

  add(form: string, value: V): void {
    if (form.length < 2) throw new Error(`PrefixIndex takes forms of two or more units, got ${form}`)
    this.first[form.charCodeAt(0)] = 1
    const key = PrefixIndex.key(form, 0)
    const bit = Math.imul(key, 0x85ebca6b) >>> 12
    this.pairs[bit >>> 5]! |= 1 << (bit & 31)
    let i = this.slot(key)
    if (this.slots[i] === 0) {
      if ((this.buckets.length + 1) * 4 > this.keys.length) { this.grow(); i = this.slot(key) }
      this.buckets.push([])
      this.keys[i] = key
      this.slots[i] = this.buckets.length
    }
    const b = this.buckets[this.slots[i]! - 1]!
    const entry = b.find((x) => x.form === form)
    if (entry) entry.values.push(value)
    else {
      b.push({ form, rest: form.slice(2), values: [value] })
      b.sort((x, y) => x.form.length - y.form.length)
    }
  }

  /** Whether any form begins with the unit at `at` (a cheap filter before `matchesAt`). */
  mayStartAt(text: string, at: number): boolean {
    return this.first[text.charCodeAt(at)] === 1
  }

  /** Every entry that starts at `at`, shortest first, as [end, values]. */
  matchesAt(text: string, at: number): Array<[number, V[]]> {
    if (at + 1 >= text.length || !this.first[text.charCodeAt(at)]) return NONE
    const key = PrefixIndex.key(text, at)
    const bit = Math.imul(key, 0x85ebca6b) >>> 12
    if (!(this.pairs[bit >>> 5]! & (1 << (bit & 31)))) return NONE
    const n = this.slots[this.slot(key)]!
    if (n === 0) return NONE
    const out: Array<[number, V[]]> = []
    // A bucket holds one pair of first units exactly: only the rest of each form is compared.
    for (const x of this.buckets[n - 1]!) if (x.rest.length === 0 || text.startsWith(x.rest, at + 2)) out.push([at + x.form.length, x.values])
    return out
  }
}

// Shared and never written to: most positions match nothing.
const NONE: Array<[number, never[]]> = []
