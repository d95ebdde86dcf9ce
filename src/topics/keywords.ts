import { readFileSync } from 'node:fs'
import type { Doc } from '../doc/doc.js'
import type { Keyword } from '../schema/result.js'
import { wordHash } from '../lexicon/hash.js'
import { lexicon, segmenter } from '../segment/jieba.js'

let stop: Set<string> | undefined

function stopWords(): Set<string> {
  if (!stop) {
    const j = segmenter() as unknown as { DEFAULT_STOP_WORD_DICT: string }
    stop = new Set(readFileSync(j.DEFAULT_STOP_WORD_DICT, 'utf8').split('\n').map((w) => w.trim()).filter(Boolean))
  }
  return stop
}

// Numbers written in Chinese, with or without a measure word (十次, 十三届, 第三): no keywords either.
const NUMERAL_WORD = /^第?[〇零一二两三四五六七八九十百千万亿几]+[届次个年月日号期批项条名位家种类件]?$/

// Decisions already taken, direct-mapped by word hash (a collision only means deciding again):
// 0 not decided, 1 no, 2 yes.
const decidedHash = new Int32Array(1 << 16)
const decided = new Uint8Array(1 << 16)

/** A keyword is a word of two or more characters with a Han character, no digit or numeral, and not a stop word. */
export function isKeywordCandidate(w: string): boolean {
  return w.length >= 2 && candidate(w, wordHash(w))
}

function candidate(w: string, h: number): boolean {
  const k = h & 0xffff
  if (decidedHash[k] === h && decided[k] !== 0) return decided[k] === 2
  const ok = /[\u4e00-\u9fff]/.test(w) && !/[\d０-９]/.test(w) && !NUMERAL_WORD.test(w) && !stopWords().has(w)
  decidedHash[k] = h
  decided[k] = ok ? 2 : 1
  return ok
}

/**
 * Counts of a document's words by hash, in an open-addressing table reused from document to document
 * (a JS Map of fresh strings from the segmenter costs twice as much). Words are kept in first-seen order.
 */
class WordCounts {
  private hashes = new Int32Array(1 << 14)
  private slots = new Int32Array(1 << 14)
  readonly words: string[] = []
  readonly wordHashes: number[] = []
  readonly counts: number[] = []

  add(w: string, h: number): void {
    let mask = this.hashes.length - 1
    let i = h & mask
    while (this.hashes[i] !== 0 && this.hashes[i] !== h) i = (i + 1) & mask
    if (this.hashes[i] === h) { this.counts[this.slots[i]!]!++; return }
    if ((this.words.length + 1) * 2 > this.hashes.length) {
      this.grow()
      mask = this.hashes.length - 1
      i = h & mask
      while (this.hashes[i] !== 0) i = (i + 1) & mask
    }
    this.hashes[i] = h
    this.slots[i] = this.words.length
    this.words.push(w)
    this.wordHashes.push(h)
    this.counts.push(1)
  }

  private grow(): void {
    this.hashes = new Int32Array(this.hashes.length * 2)
    this.slots = new Int32Array(this.slots.length * 2)
    const mask = this.hashes.length - 1
    this.wordHashes.forEach((h, n) => {
      let i = h & mask
      while (this.hashes[i] !== 0) i = (i + 1) & mask
      this.hashes[i] = h
      this.slots[i] = n
    })
  }

  /** Empties the table for the next document (only the slots in use are cleared). */
  clear(): void {
    const mask = this.hashes.length - 1
    for (const h of this.wordHashes) {
      let i = h & mask
      while (this.hashes[i] !== h) i = (i + 1) & mask
      this.hashes[i] = 0
    }
    this.words.length = this.wordHashes.length = this.counts.length = 0
  }
}

let wordCounts: WordCounts | undefined

/**
 * Keywords by TF-IDF over the document's own words with jieba's IDF (what nodejieba.extract computes,
 * without segmenting the text again), leaving out what jieba ranks first on these pages: numbers
 * (85), single characters and stop words. Paragraphs printed twice are counted once.
 */
export function keywords(doc: Doc, n: number): Keyword[] {
  if (n === 0) return []
  const dup = new Uint8Array(doc.text.length)
  for (const p of doc.paragraphs) if (p.duplicate) dup.fill(1, p.start, p.end)
  // Latin words are never keywords: not counted at all (words tagged m may be: 两会, 一把手).
  const counts = (wordCounts ??= new WordCounts())
  counts.clear()
  for (const t of doc.tokens) if (t.word.length >= 2 && t.pos !== 'eng' && !dup[t.start]) counts.add(t.word, wordHash(t.word))
  // Each distinct word is judged once; `keep` marks the candidates.
  const keep = counts.words.map((word, k) => candidate(word, counts.wordHashes[k]!))
  let total = 0
  keep.forEach((ok, k) => { if (ok) total += counts.counts[k]! })
  const lex = lexicon()
  // The n best kept in order as they come (n is small; sorting every word of a long page is not needed).
  const top: Keyword[] = []
  const before = (a: Keyword, b: Keyword) => a.weight > b.weight || (a.weight === b.weight && a.word < b.word)
  const norm = Math.max(total, 1)
  counts.words.forEach((word, k) => {
    const count = counts.counts[k]!
    // Not even the rarest word of the IDF table would rank with this count: no look-up.
    if (!keep[k] || (top.length === n && (count * (lex.maxIdf + 0.001)) / norm < top[n - 1]!.weight)) return
    const kw = { word, weight: (count * (lex.idf(word) ?? lex.medianIdf)) / norm }
    if (top.length === n && !before(kw, top[n - 1]!)) return
    let at = top.length === n ? n - 1 : top.length
    while (at > 0 && before(kw, top[at - 1]!)) { top[at] = top[at - 1]!; at-- }
    top[at] = kw
  })
  return top.map((k) => ({ word: k.word, weight: Math.round(k.weight * 1000) / 1000 }))
}
