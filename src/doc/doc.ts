import type { Mapped, RawWarning } from '../normalize/index.js'
import { toOriginal } from '../normalize/index.js'
import type { Span } from '../schema/result.js'

/** Ranges below are in NORMALIZED text coordinates; `span()` maps them to the original input. */
export type Range = { start: number; end: number }

export type Paragraph = Range & { article: number; duplicate: boolean }
export type SentenceRange = Range & { article: number; paragraph: number; duplicate: boolean }
export type ArticleInfo = Range & {
  title: string | null
  subtitle: string | null
  byline: string[]
  /** ISO date of the article (YYYY-MM-DD) where the page prints one. */
  date: string | null
  /** Ranges of the title block (headline, subtitle, kicker) — where the article names its subject. */
  head: Range[]
  /** Topic tag ids of this article, best first (filled by the topics stage). */
  topics?: string[]
}
/**
 * A word of the segmenter, with its part of speech (and, for a Latin run, what compromise made of it).
 * Made with `new`, not as an object literal: V8 watches where literals are allocated and, because a
 * document's tokens outlive minor GCs, starts to allocate them in the old generation, where only a
 * full GC frees them. Built by a constructor they die young: in a long run, minor GCs take 1.3 ms
 * instead of 3.3 ms and the full GCs are gone.
 */
export class WordToken {
  constructor(readonly start: number, readonly end: number, readonly word: string, readonly pos: string, readonly latin?: string) {}
}

/** The document as it flows through the pipeline; each stage adds its part. */
export type Doc = {
  readonly input: string
  readonly norm: Mapped
  readonly text: string
  paragraphs: Paragraph[]
  sentences: SentenceRange[]
  articles: ArticleInfo[]
  tokens: WordToken[]
  /** The year that 今年 refers to, from the page's own dates. */
  year: number | null
  warnings: RawWarning[]
  /** What perDoc functions computed for this document; it lives and dies with the document. */
  readonly memo: Map<unknown, unknown>
}

/** Index of the article containing normalized position `pos`. */
export function articleAt(doc: Doc, pos: number): number {
  const arts = doc.articles
  let lo = 0
  let hi = arts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (arts[mid]!.start <= pos) lo = mid
    else hi = mid - 1
  }
  return Math.max(0, lo)
}

/** A contract Span for the normalized range [s, e): offsets and text from the ORIGINAL input. */
export function span(doc: Doc, s: number, e: number): Span {
  const [start, end] = toOriginal(doc.norm, s, e)
  return { start, end, text: doc.input.slice(start, end), article: articleAt(doc, s) }
}

/** Push many items without spreading them as arguments (a 1 MB page makes arrays too long to spread). */
export function append<T>(to: T[], items: Iterable<T>): void {
  for (const x of items) to.push(x)
}

/** Per-position views of the tokens: which token covers a position, and where words start and end. */
export type TokenIndex = { at: Int32Array; isStart: Uint8Array; isEnd: Uint8Array }

/** The token index of a document, built once after segmentation. */
export const tokenIndex = perDoc((doc): TokenIndex => {
  const n = doc.text.length
  const ix: TokenIndex = { at: new Int32Array(n).fill(-1), isStart: new Uint8Array(n + 1), isEnd: new Uint8Array(n + 1) }
  const { at, isStart, isEnd } = ix
  const toks = doc.tokens
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    for (let k = t.start; k < t.end; k++) at[k] = i
    isStart[t.start] = 1
    isEnd[t.end] = 1
  }
  return ix
})

/** A function of a document computed once per document (later stages reuse what earlier ones found). */
export function perDoc<T>(compute: (doc: Doc) => T): (doc: Doc) => T {
  return (doc) => {
    if (!doc.memo.has(compute)) doc.memo.set(compute, compute(doc))
    return doc.memo.get(compute) as T
  }
}

/**
 * Groups mentions into entities — one per key, in order of first mention — each entity made by
 * `make` from its first mention, with every mention's span added (and `update` called per mention).
 */
export function groupMentions<M extends Range, K, E extends { mentions: Span[] }>(
  doc: Doc,
  mentions: Iterable<M>,
  key: (m: M) => K | null,
  make: (m: M) => E,
  update?: (e: E, m: M) => void,
): E[] {
  const byKey = new Map<K, E>()
  for (const m of mentions) {
    const k = key(m)
    if (k === null) continue
    let e = byKey.get(k)
    if (!e) { e = make(m); byKey.set(k, e) }
    update?.(e, m)
    e.mentions.push(span(doc, m.start, m.end))
  }
  return [...byKey.values()]
}
