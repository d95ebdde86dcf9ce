import { UnitSet } from '../text/chars.js'

export type KeyTrieTables = { first: Int32Array; edges: Int32Array; nodes: Int32Array }

// The root page of units that begin no key: shared and never written to.
const EMPTY_PAGE = new Int32Array(256)

/**
 * The keys of a character trie over UTF-16 units (keyed by code, so walking a text allocates no
 * strings), without values: a key is a node id, which a user of this class maps to what it means.
 *
 * Nodes are numbers (0 is the root) and every edge (parent, unit) → child lives in one open-addressing
 * table of typed arrays, the three numbers of a slot side by side so that a probe reads one cache line:
 * a step is a multiply, a shift and one or two array reads, where a trie of JS Maps hashes and chases
 * pointers at every character.
 */
export class KeyTrie {
  /** Units that begin a key: most text positions are rejected here. */
  readonly first = new UnitSet()
  /** Nodes made so far, the root included: the next node's id. */
  nodes = 1
  /**
   * The root's children by unit (0: none), beside the edge table, in pages of 256 units made for the
   * units that begin a key (the others share one empty page): a walk starts at the root at every
   * position of a text, so its first step is two array reads instead of a probe.
   */
  private readonly rootPages: Int32Array[] = new Array<Int32Array>(256).fill(EMPTY_PAGE)
  /** Edge table: parent node, unit, and child node per slot (child 0: an empty slot; the root is never a child). */
  private edges: Int32Array
  private bits = 0
  // Kept beside `bits` (see setBits): a probe reads them instead of working them out at every step.
  private mask = 0
  private shift = 0

  /** `nodes`: about how many nodes the trie will hold (the table grows past it). */
  constructor(nodes = 128) {
    let bits = 8
    // Load factor at most 1/2: probes stay short.
    while (1 << bits < nodes * 2) bits++
    this.setBits(bits)
    this.edges = new Int32Array(3 << this.bits)
  }

  /** The table's size as a power of two, and the mask and shift of a probe that follow from it. */
  private setBits(bits: number): void {
    this.bits = bits
    this.mask = (1 << bits) - 1
    this.shift = 32 - bits
  }

  /** Slot of the edge (node, unit): where it is, or where it would go. */
  private slot(node: number, unit: number): number {
    const e = this.edges
    const mask = this.mask
    let i = Math.imul(Math.imul(node, 0x85ebca6b) ^ unit, 0x9e3779b1) >>> this.shift
    while (e[i * 3 + 2] !== 0 && (e[i * 3] !== node || e[i * 3 + 1] !== unit)) i = (i + 1) & mask
    return i
  }

  /** The child of `node` by `unit`, or 0 (also for NaN, which charCodeAt gives past the end). */
  step(node: number, unit: number): number {
    if (node === 0) return unit >= 0 ? this.rootPages[unit >>> 8]![unit & 0xff]! : 0
    return this.edges[this.slot(node, unit) * 3 + 2]!
  }

  private setRootChild(unit: number, child: number): void {
    let page = this.rootPages[unit >>> 8]!
    if (page === EMPTY_PAGE) this.rootPages[unit >>> 8] = page = new Int32Array(256)
    page[unit & 0xff] = child
  }

  private grow(): void {
    const old = this.edges
    this.setBits(this.bits + 1)
    this.edges = new Int32Array(3 << this.bits)
    for (let i = 0; i < old.length; i += 3) {
      if (old[i + 2] === 0) continue
      const j = this.slot(old[i]!, old[i + 1]!) * 3
      this.edges[j] = old[i]!
      this.edges[j + 1] = old[i + 1]!
      this.edges[j + 2] = old[i + 2]!
    }
  }

  /** The node of `key`, made with the path to it where missing; the root (0) for ''. */
  add(key: string): number {
    if (key.length === 0) return 0
    this.first.add(key.charCodeAt(0))
    let n = 0
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i)
      let s = this.slot(n, c)
      if (this.edges[s * 3 + 2] === 0) {
        if (this.nodes * 2 > 1 << this.bits) { this.grow(); s = this.slot(n, c) }
        this.edges[s * 3] = n
        this.edges[s * 3 + 1] = c
        this.edges[s * 3 + 2] = this.nodes++
        if (n === 0) this.setRootChild(c, this.edges[s * 3 + 2]!)
      }
      n = this.edges[s * 3 + 2]!
    }
    return n
  }

  /** The trie's tables, as an image saves them (see KeyTrie.fromTables). */
  tables(): KeyTrieTables {
    return { first: this.first.bits, edges: this.edges, nodes: Int32Array.of(this.nodes) }
  }

  /** The trie of saved tables (KeyTrie.tables). */
  static fromTables(t: KeyTrieTables): KeyTrie {
    const trie = new KeyTrie(0)
    trie.first.bits.set(t.first)
    trie.edges = t.edges
    trie.setBits(Math.log2(t.edges.length / 3))
    trie.nodes = t.nodes[0]!
    for (let c = 0; c < 0x10000; c++) if (trie.first.has(c)) trie.setRootChild(c, trie.edges[trie.slot(0, c) * 3 + 2]!)
    return trie
  }

  /** The node of `key`, or 0 where it is no path of the trie. */
  find(key: string): number {
    let n = 0
    for (let i = 0; i < key.length; i++) {
      n = this.step(n, key.charCodeAt(i))
      if (n === 0) break
    }
    return n
  }
}

/**
 * `key` with its UTF-16 units in reverse order: the key to add to a trie read backwards from a position
 * (Trie.longestEndingAt walks the text one unit at a time towards its start).
 */
export function reversedKey(key: string): string {
  let out = ''
  for (let i = key.length - 1; i >= 0; i--) out += key[i]
  return out
}

/** A character trie (see KeyTrie) whose keys carry values; a key added twice keeps both, in order. */
export class Trie<V> {
  private readonly keys = new KeyTrie()
  /** Values of each node that ends a key (index = node id). */
  private readonly values: Array<V[] | undefined> = []

  add(key: string, value: V): void {
    if (key.length === 0) return
    const n = this.keys.add(key)
    while (this.values.length < this.keys.nodes) this.values.push(undefined)
    ;(this.values[n] ??= []).push(value)
  }

  /** Whether some key begins with `unit`: the test every look-up at a position asks first. */
  begins(unit: number): boolean {
    return this.keys.first.has(unit)
  }

  /** Every entry that starts at `at`, shortest first, as [end, values]. */
  matchesAt(text: string, at: number): Array<[number, V[]]> {
    if (!this.keys.first.has(text.charCodeAt(at))) return NONE
    let out: Array<[number, V[]]> = NONE
    let n = 0
    for (let i = at; i < text.length; i++) {
      n = this.keys.step(n, text.charCodeAt(i))
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
    if (!this.keys.first.has(text.charCodeAt(at))) return undefined
    let n = 0
    let end = -1
    let best = 0
    for (let i = at; i < text.length; i++) {
      n = this.keys.step(n, text.charCodeAt(i))
      if (n === 0) break
      if (this.values[n]) { end = i + 1; best = n }
    }
    return end < 0 ? undefined : { end, values: this.values[best]! }
  }

  /** The longest entry ending at `at`, for a trie built from reversed keys. */
  longestEndingAt(text: string, at: number): { start: number; values: V[] } | undefined {
    if (!this.keys.first.has(text.charCodeAt(at - 1))) return undefined
    let n = 0
    let start = -1
    let best = 0
    for (let i = at - 1; i >= 0; i--) {
      n = this.keys.step(n, text.charCodeAt(i))
      if (n === 0) break
      if (this.values[n]) { start = i; best = n }
    }
    return start < 0 ? undefined : { start, values: this.values[best]! }
  }
}

// Shared and never written to: most positions match nothing.
const NONE: Array<[number, never[]]> = []
