import type { Taxonomy } from '../schema/options.js'
import type { Topic } from '../schema/result.js'
import { isAsciiLetter } from '../text/chars.js'
import type { Topics } from './taxonomy.js'

/** A taxonomy term found in the text, at `pos`. */
export type Hit = { pos: number; tag: number; term: string; weight: number }

/** A–Z to a–z and nothing else, so that every position stays where it was. */
const asciiLower = (t: string) => t.replace(/[A-Z]+/g, (x) => x.toLowerCase())

/**
 * Every taxonomy term in `text` [from, to), in one pass; boilerplate phrases are skipped whole. Terms in
 * Latin letters (lower-case in the taxonomy) match in any case and only as whole words: "proposal"
 * in "Proposals" no, in "the proposal," yes.
 */
export function termHits(text: string, topics: Topics, from = 0, to = text.length): Hit[] {
  const trie = topics.terms
  const lower = /[A-Z]/.test(text) ? asciiLower(text) : text
  const hits: Hit[] = []
  for (let i = from; i < to; i++) {
    const ms = trie.matchesAt(lower, i)
    if (ms.length === 0) continue
    const longest = ms[ms.length - 1]!
    if (longest[1].some((e) => e.boilerplate)) { i = longest[0] - 1; continue }
    for (const [end, entries] of ms) {
      for (const e of entries) {
        if (e.boilerplate || (e.latin && (isAsciiLetter(lower.charCodeAt(i - 1)) || isAsciiLetter(lower.charCodeAt(end))))) continue
        hits.push({ pos: i, tag: e.tag, term: e.term, weight: e.weight })
      }
    }
  }
  return hits
}

/**
 * Scores each tag from its hits: Σ weight × log2(1 + occurrences) over its terms, divided by the
 * square root of the text length in units of 1,500 characters (a short text is not penalised, a long
 * one does not score by length alone). Tags at or above `threshold`, best first, with their terms.
 */
export function scoreTopics(hits: Hit[], length: number, taxonomy: Taxonomy, threshold: number): Topic[] {
  const counts = taxonomy.tags.map(() => new Map<string, { n: number; weight: number }>())
  for (const h of hits) {
    const c = counts[h.tag]!.get(h.term)
    if (c) c.n++
    else counts[h.tag]!.set(h.term, { n: 1, weight: h.weight })
  }
  const scale = Math.sqrt(Math.max(1, length / 1500))
  const out: Topic[] = []
  taxonomy.tags.forEach((tag, i) => {
    let score = 0
    for (const { n, weight } of counts[i]!.values()) score += weight * Math.log2(1 + n)
    score /= scale
    if (score >= threshold) {
      const evidence = [...counts[i]!].sort((a, b) => b[1].n * b[1].weight - a[1].n * a[1].weight).map(([t]) => t)
      out.push({ id: tag.id, label: tag.label, score: Math.round(score * 100) / 100, evidence })
    }
  })
  return out.sort((a, b) => b.score - a.score)
}
