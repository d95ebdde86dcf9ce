import { readFileSync } from 'node:fs'
import { dataPath } from '../data/files.js'
import { wordHash as hash } from '../lexicon/hash.js'

/**
 * The segmenter's word lexicon: part of speech (jieba's dictionary, its default user dictionary and
 * data/user-dict.utf8, read from the files nodejieba loads) and jieba's IDF. `cut()` + this lexicon
 * gives what nodejieba's `tag()` gives (a dictionary word takes its tag; otherwise digits are m,
 * Latin eng, the rest x) at a fraction of the cost.
 *
 * 600,000 words would take 100 MB as a JS Map; they are kept as 32-bit hashes in an open-addressing
 * table of [hash, tag + IDF] pairs in one Int32Array (8 MB). Two words sharing a hash would only swap a tag.
 */
export type WordLexicon = { tag(word: string): string; idf(word: string): number | undefined; readonly medianIdf: number; readonly maxIdf: number }

let lexicon: WordLexicon | undefined

/**
 * Open addressing over one Int32Array of [hash, payload] pairs, so that a look-up reads one cache
 * line: the payload holds the tag id in its low 8 bits and the IDF × 1000 in the 16 above.
 */
class HashTable {
  private readonly cells: Int32Array
  private readonly mask: number
  constructor(capacity: number) {
    let size = 1
    while (size < capacity * 1.5) size <<= 1
    this.cells = new Int32Array(size * 2)
    this.mask = size - 1
  }
  /** Slot of hash `h`: where it is, or where it would go. */
  slot(h: number): number {
    const c = this.cells
    let i = h & this.mask
    while (c[i * 2] !== 0 && c[i * 2] !== h) i = (i + 1) & this.mask
    return i
  }
  has(i: number, h: number): boolean {
    return this.cells[i * 2] === h
  }
  claim(i: number, h: number): void {
    this.cells[i * 2] = h
  }
  /** Tag id in the low 8 bits, IDF × 1000 in the 16 above. */
  payload(i: number): number {
    return this.cells[i * 2 + 1]!
  }
  setTag(i: number, tag: number): void {
    this.cells[i * 2 + 1] = (this.cells[i * 2 + 1]! & ~0xff) | tag
  }
  setIdf(i: number, idf: number): void {
    this.cells[i * 2 + 1] = (this.cells[i * 2 + 1]! & 0xff) | (idf << 8)
  }
}

/** Calls `fn(text, s, e, a, b)` per line [s, e) of a text file; `a`, `b` the first and second space (-1 when absent). */
function eachLine(file: string, fn: (text: string, s: number, e: number, a: number, b: number) => void): void {
  const text = readFileSync(file, 'utf8')
  let s = 0
  while (s < text.length) {
    let e = text.indexOf('\n', s)
    if (e < 0) e = text.length
    let end = e
    while (end > s && (text.charCodeAt(end - 1) === 13 || text.charCodeAt(end - 1) === 32)) end--
    if (end > s) {
      let a = text.indexOf(' ', s)
      if (a >= end) a = -1
      let b = a < 0 ? -1 : text.indexOf(' ', a + 1)
      if (b >= end) b = -1
      fn(text, s, end, a, b)
    }
    s = e + 1
  }
}

export function wordLexicon(files: { dict: string; userDict: string; idf: string }): WordLexicon {
  if (lexicon) return lexicon
  const table = new HashTable(650_000)
  const tagNames: string[] = ['']
  const tagIds = new Map<string, number>([['', 0]])
  const tagId = (t: string) => {
    let id = tagIds.get(t)
    if (id === undefined) { id = tagNames.length; tagNames.push(t); tagIds.set(t, id) }
    return id
  }
  const setTag = (text: string, s: number, e: number, a: number, b: number) => {
    const wordEnd = a < 0 ? e : a
    const second = a < 0 ? undefined : text.slice(a + 1, b < 0 ? e : b)
    const tag = b >= 0 ? text.slice(b + 1, e) : second !== undefined && !/^\d+$/.test(second) ? second : ''
    const h = hash(text, s, wordEnd)
    const i = table.slot(h)
    table.claim(i, h)
    table.setTag(i, tagId(tag))
  }
  eachLine(files.dict, setTag)
  eachLine(files.userDict, setTag)
  eachLine(dataPath('user-dict.utf8'), setTag)
  const idfs: number[] = []
  eachLine(files.idf, (text, s, e, a) => {
    if (a < 0) return
    const idf = Number(text.slice(a + 1, e))
    if (!Number.isFinite(idf)) return
    idfs.push(idf)
    const h = hash(text, s, a)
    const i = table.slot(h)
    table.claim(i, h)
    table.setIdf(i, Math.min(0xffff, Math.max(1, Math.round(idf * 1000))))
  })
  idfs.sort((x, y) => x - y)
  // Words follow Zipf's law: a direct-mapped cache of [hash, payload] (64 KB) in front of the 8 MB
  // table answers most look-ups without a cache miss. Payload -1: not in the lexicon.
  const cacheKeys = new Int32Array(8192)
  const cachePayloads = new Int32Array(8192)
  const payload = (w: string): number => {
    const h = hash(w)
    const k = h & 8191
    if (cacheKeys[k] === h) return cachePayloads[k]!
    const i = table.slot(h)
    const p = table.has(i, h) ? table.payload(i) : -1
    cacheKeys[k] = h
    cachePayloads[k] = p
    return p
  }
  const tagOf = (w: string) => {
    const p = payload(w)
    return (p >= 0 && tagNames[p & 0xff]) || specialTag(w)
  }
  // One-unit words (punctuation, 的, 在 …) are half of all tokens: their tags are kept by code unit.
  const single: string[] = new Array(65536)
  lexicon = {
    tag(w) {
      if (w.length !== 1) return tagOf(w)
      const c = w.charCodeAt(0)
      return (single[c] ??= tagOf(w))
    },
    idf(w) {
      const p = payload(w)
      return p > 0xff ? ((p >>> 8) & 0xffff) / 1000 : undefined
    },
    medianIdf: idfs[idfs.length >> 1] ?? 10,
    maxIdf: idfs[idfs.length - 1] ?? 10,
  }
  return lexicon
}

/** cppjieba's rule for a word without a dictionary tag. */
export function specialTag(word: string): string {
  if (word.length < 2) return 'x'
  let digits = 0
  let latin = 0
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if ((c >= 48 && c <= 57) || c === 46) digits++
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++
  }
  if (digits === word.length) return 'm'
  if (digits + latin === word.length) return 'eng'
  return 'x'
}
