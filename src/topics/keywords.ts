import type { Keyword } from '../schema/result.js'
import type { Segmentation } from '../segment/load.js'
import type { Tokens } from '../segment/tokens.js'
import { isAsciiDigit, some } from '../text/chars.js'

// Numbers written in Chinese, with or without a measure word (十次, 十三届, 第三): no keywords either.
const NUMERAL_WORD = /^第?[〇零一二两三四五六七八九十百千万亿几]+[届次个年月日号期批项条名位家种类件]?$/

const isUnifiedHan = (c: number) => c >= 0x4e00 && c <= 0x9fff

/** A keyword is a word of two or more characters with a Han character, no digit or numeral, and not a stop word. */
export function isKeywordCandidate(w: string, stopWords: ReadonlySet<string>): boolean {
  // Tested by code unit: asked for every distinct word of a page.
  return w.length >= 2 && some(w, 0, w.length, isUnifiedHan) && !some(w, 0, w.length, isAsciiDigit) && !NUMERAL_WORD.test(w) && !stopWords.has(w)
}

/**
 * Keywords by TF-IDF over the document's own words with jieba's IDF (what jieba's extract computes,
 * without segmenting the text again), leaving out what jieba ranks first on these pages: numbers
 * (85), single characters and stop words. Words of paragraphs printed twice are counted once.
 */
export function keywords(tokens: Tokens, duplicate: (pos: number) => boolean, seg: Segmentation, n: number): Keyword[] {
  if (n === 0) return []
  const counts = new Map<string, number>()
  // Latin words are never keywords: not counted at all (words tagged m may be: 两会, 一把手).
  for (const t of tokens.list) if (t.word.length >= 2 && t.pos !== 'eng' && !duplicate(t.start)) counts.set(t.word, (counts.get(t.word) ?? 0) + 1)
  // Words that are no candidates leave the counts (a Map keeps the others in their order).
  let total = 0
  counts.forEach((count, word) => {
    if (isKeywordCandidate(word, seg.stopWords)) total += count
    else counts.delete(word)
  })
  const lex = seg.lexicon
  const norm = Math.max(total, 1)
  // The n best kept in order as they come: a long page has thousands of words and wants ten.
  const top: Keyword[] = []
  const before = (a: Keyword, b: Keyword) => a.weight > b.weight || (a.weight === b.weight && a.word < b.word)
  counts.forEach((count, word) => {
    // Not even the rarest word of the IDF table would rank with this count: no look-up.
    if (top.length === n && (count * (lex.maxIdf + 0.001)) / norm < top[n - 1]!.weight) return
    const kw = { word, weight: (count * (lex.idf(word) ?? lex.medianIdf)) / norm }
    if (top.length === n && !before(kw, top[n - 1]!)) return
    let at = top.length === n ? n - 1 : top.length
    while (at > 0 && before(kw, top[at - 1]!)) { top[at] = top[at - 1]!; at-- }
    top[at] = kw
  })
  return top.map((k) => ({ word: k.word, weight: Math.round(k.weight * 1000) / 1000 }))
}
