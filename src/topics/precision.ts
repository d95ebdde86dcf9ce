import { CppccNlpError } from '../errors.js'
import { dataFiles } from '../resources/data-files.js'

/**
 * How far a term's weight follows its record on the development pages (data/topic-term-precision.tsv),
 * kept apart for a term a page writes once and one it writes again: written once, most words of a field
 * are said in passing on a page about something else (创新 written once on 78 dev pages, 6 of them tagged
 * innovation; 就业 14 and 1); written again and again they are what the page is about. The share of such pages whose gold
 * has the term's tag, shrunk towards PRIOR by STRENGTH pseudo-pages (a term seen on two pages moves little),
 * divided by PRIOR and held to [LOW, HIGH]. Chosen by 10-fold cross-validation on the dev pages and a survey
 * of 32 unannotated pages (round 15).
 */
export const PRIOR = 0.4
export const STRENGTH = 8
export const LOW = 0.5
export const HIGH = 1.1

/** The factor of a term seen on `pages` development pages, `tagged` of which have its tag in their gold. */
export function precisionFactor(pages: number, tagged: number): number {
  const share = (tagged + PRIOR * STRENGTH) / (pages + STRENGTH)
  return Math.min(HIGH, Math.max(LOW, share / PRIOR))
}

/** A term's factors: [written once on the page, written twice or more]. */
export type TermFactors = readonly [once: number, more: number]

/** data/topic-term-precision.tsv as factors, keyed by tag id, then term. */
export function loadTermFactors(): Map<string, Map<string, TermFactors>> {
  const factors = new Map<string, Map<string, TermFactors>>()
  for (const row of dataFiles.tsv('topic-term-precision.tsv', 6)) {
    const [tag, term, ...cells] = row.cells as [string, string, string, string, string, string]
    const [once, onceTagged, more, moreTagged] = cells.map(Number) as [number, number, number, number]
    if (![once, onceTagged, more, moreTagged].every((n) => Number.isInteger(n) && n >= 0) || onceTagged > once || moreTagged > more) {
      throw new CppccNlpError('E_DATA', `invalid entry in ${row.where}: expected page counts with tagged <= pages, got ${cells.join(' ')}`)
    }
    let byTerm = factors.get(tag)
    if (!byTerm) factors.set(tag, (byTerm = new Map()))
    byTerm.set(term, [precisionFactor(once, onceTagged), precisionFactor(more, moreTagged)])
  }
  return factors
}
