/** A character trie over UTF-16 units (keyed by code, so walking a text allocates no strings). */
export class Trie<V> {
  private readonly root: Node<V> = { next: new Map() }
  /** 1 at every unit that begins a key: most text positions are rejected without a map look-up. */
  private readonly first = new Uint8Array(65536)

  add(key: string, value: V): void {
    if (key.length === 0) return
    this.first[key.charCodeAt(0)] = 1
    let n = this.root
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i)
      let child = n.next.get(c)
      if (!child) { child = { next: new Map() }; n.next.set(c, child) }
      n = child
    }
    ;(n.values ??= []).push(value)
  }

  /** Every entry that starts at `at`, shortest first, as [end, values]. */
  matchesAt(text: string, at: number): Array<[number, V[]]> {
    if (!this.first[text.charCodeAt(at)]) return NONE
    const out: Array<[number, V[]]> = []
    let n: Node<V> | undefined = this.root
    for (let i = at; i < text.length; i++) {
      n = n.next.get(text.charCodeAt(i))
      if (!n) break
      if (n.values) out.push([i + 1, n.values])
    }
    return out
  }

  /** The longest entry starting at `at` (no array is built), or undefined. */
  longestAt(text: string, at: number): { end: number; values: V[] } | undefined {
    if (!this.first[text.charCodeAt(at)]) return undefined
    let n: Node<V> | undefined = this.root
    let best: { end: number; values: V[] } | undefined
    for (let i = at; i < text.length; i++) {
      n = n.next.get(text.charCodeAt(i))
      if (!n) break
      if (n.values) best = { end: i + 1, values: n.values }
    }
    return best
  }

  /** The longest entry ending at `at`, for a trie built from reversed keys. */
  longestEndingAt(text: string, at: number): { start: number; values: V[] } | undefined {
    if (!this.first[text.charCodeAt(at - 1)]) return undefined
    let n: Node<V> | undefined = this.root
    let best: { start: number; values: V[] } | undefined
    for (let i = at - 1; i >= 0; i--) {
      n = n.next.get(text.charCodeAt(i))
      if (!n) break
      if (n.values) best = { start: i, values: n.values }
    }
    return best
  }

}

// Shared and never written to: most positions match nothing.
const NONE: Array<[number, never[]]> = []

type Node<V> = { next: Map<number, Node<V>>; values?: V[] }
