import { UnitSet } from '../text/chars.js'

/**
 * A character trie over UTF-16 units (keyed by code, so walking a text allocates no strings).
 *
 * Nodes are numbers (0 is the root) and every edge (parent, unit) → child lives in one open-addressing
 * table of typed arrays: a step is a multiply, a shift and one or two array reads, where a trie of
 * JS Maps hashes and chases pointers at every character.
 */
export class Trie<V> {
  /** Units that begin a key: most text positions are rejected here. */
  private readonly first = new UnitSet()
  /** Values of each node (index = node id). */
  private readonly values: Array<V[] | undefined> = [undefined]
  /** Edge table: parent node, unit, and child node (0: empty slot; the root is never a child). */
  private parents = new Int32Array(256)
  private units = new Uint16Array(256)
  private children = new Int32Array(256)
  private bits = 8

  /** Slot of the edge (node, unit): where it is, or where it would go. */
  private slot(node: number, unit: number): number {
    const mask = this.children.length - 1
    let i = Math.imul(Math.imul(node, 0x85ebca6b) ^ unit, 0x9e3779b1) >>> (32 - this.bits)
    while (this.children[i] !== 0 && (this.parents[i] !== node || this.units[i] !== unit)) i = (i + 1) & mask
    return i
  }

  /** The child of `node` by `unit`, or 0. */
  private step(node: number, unit: number): number {
    return this.children[this.slot(node, unit)]!
  }

  private grow(): void {
    const { parents, units, children } = this
    this.bits++
    this.parents = new Int32Array(children.length * 2)
    this.units = new Uint16Array(children.length * 2)
    this.children = new Int32Array(children.length * 2)
    for (let i = 0; i < children.length; i++) {
      if (children[i] === 0) continue
      const j = this.slot(parents[i]!, units[i]!)
      this.parents[j] = parents[i]!
      this.units[j] = units[i]!
      this.children[j] = children[i]!
    }
  }

  add(key: string, value: V): void {
    if (key.length === 0) return
    this.first.add(key.charCodeAt(0))
    let n = 0
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i)
      let s = this.slot(n, c)
      if (this.children[s] === 0) {
        // Load factor at most 1/2: probes stay short.
        if (this.values.length * 2 > this.children.length) { this.grow(); s = this.slot(n, c) }
        this.parents[s] = n
        this.units[s] = c
        this.children[s] = this.values.length
        this.values.push(undefined)
      }
      n = this.children[s]!
    }
    ;(this.values[n] ??= []).push(value)
  }

  /** Every entry that starts at `at`, shortest first, as [end, values]. */
  matchesAt(text: string, at: number): Array<[number, V[]]> {
    if (!this.first.has(text.charCodeAt(at))) return NONE
    let out: Array<[number, V[]]> = NONE
    let n = 0
    for (let i = at; i < text.length; i++) {
      n = this.step(n, text.charCodeAt(i))
      if (n === 0) break
      const v = this.values[n]
      if (v) {
        if (out === NONE) out = []
        out.push([i + 1, v])
      }
    }
    return out
  }

  /** The longest entry starting at `at` (no array is built), or undefined. */
  longestAt(text: string, at: number): { end: number; values: V[] } | undefined {
    if (!this.first.has(text.charCodeAt(at))) return undefined
    let n = 0
    let end = -1
    let best = 0
    for (let i = at; i < text.length; i++) {
      n = this.step(n, text.charCodeAt(i))
      if (n === 0) break
      if (this.values[n]) { end = i + 1; best = n }
    }
    return end < 0 ? undefined : { end, values: this.values[best]! }
  }

  /** The longest entry ending at `at`, for a trie built from reversed keys. */
  longestEndingAt(text: string, at: number): { start: number; values: V[] } | undefined {
    if (!this.first.has(text.charCodeAt(at - 1))) return undefined
    let n = 0
    let start = -1
    let best = 0
    for (let i = at - 1; i >= 0; i--) {
      n = this.step(n, text.charCodeAt(i))
      if (n === 0) break
      if (this.values[n]) { start = i; best = n }
    }
    return start < 0 ? undefined : { start, values: this.values[best]! }
  }
}

// Shared and never written to: most positions match nothing.
const NONE: Array<[number, never[]]> = []
