/**
 * A dictionary of forms of two or more characters, bucketed by their first two UTF-16 units (as one
 * number, so no key string is built): one map look-up per text position, then a few `startsWith`
 * checks. Much lighter than a character trie for tens of thousands of names.
 */
export class PrefixIndex<V> {
  private readonly buckets = new Map<number, Array<{ form: string; values: V[] }>>()
  /** First UTF-16 units of all forms: most positions are rejected here. */
  private readonly first = new Uint8Array(65536)

  /**
   * The bucket of the first two units, kept within V8's small-integer range (a heap number would make
   * every look-up slow); two prefixes sharing a bucket only cost a `startsWith` more.
   */
  private static key(text: string, at: number): number {
    return ((text.charCodeAt(at) << 14) ^ text.charCodeAt(at + 1)) & 0x3fffffff
  }

  add(form: string, value: V): void {
    if (form.length < 2) throw new Error(`PrefixIndex takes forms of two or more units, got ${form}`)
    const key = PrefixIndex.key(form, 0)
    this.first[form.charCodeAt(0)] = 1
    let b = this.buckets.get(key)
    if (!b) { b = []; this.buckets.set(key, b) }
    const entry = b.find((x) => x.form === form)
    if (entry) entry.values.push(value)
    else {
      b.push({ form, values: [value] })
      b.sort((x, y) => x.form.length - y.form.length)
    }
  }

  /** Whether any form begins with the unit at `at` (a cheap filter before `matchesAt`). */
  mayStartAt(text: string, at: number): boolean {
    return this.first[text.charCodeAt(at)] === 1
  }

  /** Every entry that starts at `at`, shortest first, as [end, values]. */
  matchesAt(text: string, at: number): Array<[number, V[]]> {
    if (at + 1 >= text.length || !this.first[text.charCodeAt(at)]) return []
    const b = this.buckets.get(PrefixIndex.key(text, at))
    if (!b) return []
    const out: Array<[number, V[]]> = []
    for (const x of b) if (text.startsWith(x.form, at)) out.push([at + x.form.length, x.values])
    return out
  }
}
