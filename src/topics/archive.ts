import TfIdf from 'natural/lib/natural/tfidf/tfidf.js'
import { defaultAnalyzer, type Analyzer } from '../analyzer.js'
import type { Keyword } from '../schema/result.js'

/**
 * Keywords against an archive: natural's TF-IDF over the content words of every document added, so
 * that words every report shares (政协, 委员) sink and what sets a document apart rises.
 */
export class ArchiveKeywords {
  private readonly tfidf = new TfIdf()
  private readonly ids: string[] = []
  private readonly index = new Map<string, number>()

  /** `analyzer` cuts the texts given to `add` (default: the default analyzer). */
  constructor(private readonly analyzer?: Analyzer) {}

  add(id: string, text: string): void {
    this.addWords(id, (this.analyzer ?? defaultAnalyzer()).contentWords(text))
  }

  /** Add a document by its content words (as an analyzer's `contentWords` gives them). */
  addWords(id: string, words: string[]): void {
    this.tfidf.addDocument(words)
    this.ids.push(id)
    this.index.set(id, this.ids.length - 1)
  }

  get size(): number {
    return this.ids.length
  }

  /** The top `n` keywords of document `id` against the archive. */
  keywords(id: string, n = 10): Keyword[] {
    const i = this.index.get(id)
    if (i === undefined) return []
    // natural's idf is 1 + ln(N / (1 + df)); shifted so that a word in every document weighs 0.
    const N = this.ids.length
    const floor = 1 + Math.log(N / (N + 1))
    return this.tfidf
      .listTerms(i)
      .map((t) => ({ word: t.term, weight: Math.round(t.tf * (t.idf - floor) * 1000) / 1000 }))
      .filter((k) => k.weight > 0)
      .sort((a, b) => b.weight - a.weight)
      .slice(0, n)
  }
}
