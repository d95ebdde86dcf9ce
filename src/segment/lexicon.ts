import type { Lines } from '../lexicon/line-index.js'

/** Part of speech, dictionary membership and IDF of the segmenter's words. */
export type WordLexicon = {
  /** The dictionary's tag; for other words cppjieba's rule (digits m, Latin eng, anything else x). */
  tag(word: string): string
  /** Whether the word is in the dictionary with a frequency above 0 (jieba's test before its HMM). */
  has(word: string): boolean
  /** jieba's IDF of the word, where it has one. */
  idf(word: string): number | undefined
  readonly medianIdf: number
  readonly maxIdf: number
}

export type UserWord = { word: string; freq: number; tag: string }

/** The IDF from which a word of jieba's table is a rare word (郎平 11.6, 广水; not 文明 6.7, 江山): names and places read it. */
export const RARE_WORD_IDF = 8.2

/**
 * The lexicon over jieba's dictionary and IDF table as the engines read them (exact look-ups in the
 * files' own bytes, see SortedLines and LineIndex) and the user dictionary, whose words win. Answers are
 * remembered per word: pages repeat their words and an archive its vocabulary, and a look-up halves its
 * way through a file where the memo reads a Map. The IDF table is asked for with the first IDF read.
 */
export function wordLexicon(dict: Lines, idfs: () => Lines, user: readonly UserWord[], stats: { median: number; max: number }): WordLexicon {
  const own = new Map(user.map((u) => [u.word, u]))
  const tagOf = remembered((w) => {
    const u = own.get(w)
    if (u) return u.tag || specialTag(w)
    const at = dict.find(w)
    return (at >= 0 && dict.field(at, 2)) || specialTag(w)
  })
  // Words of one code unit (half a page's words) read their tag by that unit, not through the memo's Map.
  const oneUnit = new Array<string | undefined>(65536).fill(undefined)
  return {
    tag: (w) => (w.length === 1 ? (oneUnit[w.charCodeAt(0)] ??= tagOf(w)) : tagOf(w)),
    has: remembered((w) => {
      const u = own.get(w)
      if (u) return u.freq > 0
      const at = dict.find(w)
      return at >= 0 && Number(dict.field(at, 1)) > 0
    }),
    idf: remembered((w) => {
      const table = idfs()
      const at = table.find(w)
      return at >= 0 ? Number(table.field(at, 1)) : undefined
    }),
    medianIdf: stats.median,
    maxIdf: stats.max,
  }
}

/** `f`, its answers remembered per word; bounded, as the vocabulary of an archive is open-ended. */
function remembered<T>(f: (w: string) => T): (w: string) => T {
  const memo = new Map<string, T>()
  return (w) => {
    // One probe for a word seen before; has() only for an answer that is undefined (idf of an unknown word).
    const known = memo.get(w)
    if (known !== undefined || memo.has(w)) return known as T
    if (memo.size >= 200_000) memo.clear()
    const v = f(w)
    memo.set(w, v)
    return v
  }
}

/** cppjieba's tag for a word without a dictionary tag. */
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
