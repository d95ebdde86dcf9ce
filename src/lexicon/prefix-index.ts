/**
 * A dictionary of forms of two or more characters, bucketed by their first two UTF-16 units: one map
 * look-up per text position, then a few `startsWith` checks. Much lighter than a character trie for
 * tens of thousands of names.
 */
export class PrefixIndex<V> {
  private readonly buckets = new Map<string, Array<{ form: string; values: V[] }>>()
  /** First UTF-16 units of all forms: most positions are rejected here without building a key. */
  private readonly first = new Uint8Array(65536)

  add(form: string, value: V): void {
    if (form.length < 2) throw new Error(`PrefixIndex takes forms of two or more units, got ${form}`)
    const key = form.slice(0, 2)
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

  /** Every entry that starts at `at`, shortest first, as [end, values]. */
  matchesAt(text: string, at: number): Array<[number, V[]]> {
    if (!this.first[text.charCodeAt(at)]) return []
    const b = this.buckets.get(text.slice(at, at + 2))
    if (!b) return []
    const out: Array<[number, V[]]> = []
    for (const x of b) if (text.startsWith(x.form, at)) out.push([at + x.form.length, x.values])
    return out
  }

  get(form: string): V[] | undefined {
    return this.buckets.get(form.slice(0, 2))?.find((x) => x.form === form)?.values
  }
}
