import { readFileSync } from 'node:fs'
import type { Doc } from '../doc/doc.js'
import type { Keyword } from '../schema/result.js'
import { lexicon, segmenter } from '../segment/jieba.js'

let stop: Set<string> | undefined

function stopWords(): Set<string> {
  if (!stop) {
    const j = segmenter() as unknown as { DEFAULT_STOP_WORD_DICT: string }
    stop = new Set(readFileSync(j.DEFAULT_STOP_WORD_DICT, 'utf8').split('\n').map((w) => w.trim()).filter(Boolean))
  }
  return stop
}

const decided = new Map<string, boolean>()
// Numbers written in Chinese, with or without a measure word (十次, 十三届, 第三): no keywords either.
const NUMERAL_WORD = /^第?[〇零一二两三四五六七八九十百千万亿几]+[届次个年月日号期批项条名位家种类件]?$/

/** A keyword is a word of two or more characters with a Han character, no digit or numeral, and not a stop word. */
export function isKeywordCandidate(w: string): boolean {
  if (w.length < 2) return false
  let ok = decided.get(w)
  if (ok === undefined) {
    ok = /[\u4e00-\u9fff]/.test(w) && !/[\d０-９]/.test(w) && !NUMERAL_WORD.test(w) && !stopWords().has(w)
    if (decided.size < 200_000) decided.set(w, ok)
  }
  return ok
}

/**
 * Keywords by TF-IDF over the document's own words with jieba's IDF (what nodejieba.extract computes,
 * without segmenting the text again), leaving out what jieba ranks first on these pages: numbers
 * (85), single characters and stop words. Paragraphs printed twice are counted once.
 */
export function keywords(doc: Doc, n: number): Keyword[] {
  if (n === 0) return []
  const dup = new Uint8Array(doc.text.length)
  for (const p of doc.paragraphs) if (p.duplicate) dup.fill(1, p.start, p.end)
  const counts = new Map<string, number>()
  // Latin words are never keywords: not counted at all (words tagged m may be: 两会, 一把手).
  for (const t of doc.tokens) if (t.word.length >= 2 && t.pos !== 'eng' && !dup[t.start]) counts.set(t.word, (counts.get(t.word) ?? 0) + 1)
  // Each distinct word is judged once.
  const tf: Array<[string, number]> = []
  let total = 0
  for (const [word, count] of counts) {
    if (!isKeywordCandidate(word)) continue
    tf.push([word, count])
    total += count
  }
  const lex = lexicon()
  // The n best kept in order as they come (n is small; sorting every word of a long page is not needed).
  const top: Keyword[] = []
  const before = (a: Keyword, b: Keyword) => a.weight > b.weight || (a.weight === b.weight && a.word < b.word)
  const norm = Math.max(total, 1)
  for (const [word, count] of tf) {
    // Not even the rarest word of the IDF table would rank with this count: no look-up.
    if (top.length === n && (count * (lex.maxIdf + 0.001)) / norm < top[n - 1]!.weight) continue
    const k = { word, weight: (count * (lex.idf(word) ?? lex.medianIdf)) / norm }
    if (top.length === n && !before(k, top[n - 1]!)) continue
    let at = top.length === n ? n - 1 : top.length
    while (at > 0 && before(k, top[at - 1]!)) { top[at] = top[at - 1]!; at-- }
    top[at] = k
  }
  return top.map((k) => ({ word: k.word, weight: Math.round(k.weight * 1000) / 1000 }))
}
