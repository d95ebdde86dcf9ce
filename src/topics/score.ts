import type { Taxonomy } from '../schema/options.js'
import type { Topic } from '../schema/result.js'
import { boilerplatePhrases } from './taxonomy.js'

/** Count non-overlapping occurrences of `term` in `text`. */
function count(text: string, term: string): number {
  let n = 0
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) n++
  return n
}

/**
 * Scores each tag of a taxonomy on a text: Σ weight × log2(1 + occurrences) over its terms, per 1,000
 * characters of text beyond a floor (a short text is not penalised, a long one does not score by
 * length alone). Boilerplate phrases are blanked first. Tags at or above `threshold`, best first,
 * each with the terms that scored.
 */
export function scoreTopics(text: string, taxonomy: Taxonomy, threshold: number): Topic[] {
  let clean = text
  for (const b of boilerplatePhrases()) clean = clean.split(b).join('□')
  const scale = Math.max(1, clean.length / 1500)
  const out: Topic[] = []
  for (const tag of taxonomy.tags) {
    let score = 0
    const evidence: Array<[string, number]> = []
    for (const [term, weight] of Object.entries(tag.terms)) {
      const n = count(clean, term)
      if (n === 0) continue
      score += weight * Math.log2(1 + n)
      evidence.push([term, weight * n])
    }
    score = score / Math.sqrt(scale)
    if (score >= threshold) out.push({ id: tag.id, label: tag.label, score: Math.round(score * 100) / 100, evidence: evidence.sort((a, b) => b[1] - a[1]).map(([t]) => t) })
  }
  return out.sort((a, b) => b.score - a.score)
}
