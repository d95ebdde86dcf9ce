import { readFileSync } from 'node:fs'
import type { Doc } from '../doc/doc.js'
import type { Keyword } from '../schema/result.js'
import { segmenter } from '../segment/jieba.js'

let stop: Set<string> | undefined

function stopWords(): Set<string> {
  if (!stop) {
    const j = segmenter() as unknown as { DEFAULT_STOP_WORD_DICT: string }
    stop = new Set(readFileSync(j.DEFAULT_STOP_WORD_DICT, 'utf8').split('\n').map((w) => w.trim()).filter(Boolean))
  }
  return stop
}

/** A keyword is a word of two or more characters with a Han character, no digit, and not a stop word. */
export function isKeywordCandidate(w: string): boolean {
  return w.length >= 2 && /[\u4e00-\u9fff]/.test(w) && !/[\d０-９]/.test(w) && !stopWords().has(w)
}

/**
 * Keywords by TF-IDF with jieba's IDF (nodejieba.extract), without what jieba ranks first on these
 * pages: numbers (85), single characters and stop words. Paragraphs printed twice are counted once.
 */
export function keywords(doc: Doc, n: number): Keyword[] {
  if (n === 0) return []
  const text = doc.paragraphs.filter((p) => !p.duplicate).map((p) => doc.text.slice(p.start, p.end)).join('\n')
  if (text.trim() === '') return []
  const ranked = segmenter().extract(text, n * 3 + 10)
  return ranked.filter((k) => isKeywordCandidate(k.word)).slice(0, n).map((k) => ({ word: k.word, weight: Math.round(k.weight * 1000) / 1000 }))
}
