import { CppccNlpError } from '../errors.js'
import { dataFiles } from '../resources/data-files.js'

/**
 * How far a term's weight follows its record on the development pages (data/topic-term-precision.tsv):
 * a term that names its field (提案办理, 中医, 统一战线) keeps or gains a little; one that is mostly written in
 * passing on pages about something else (创新, 视察, 民意, 创业) loses up to half. The share of pages whose
 * gold has the term's tag, shrunk towards PRIOR by STRENGTH pseudo-pages (a term seen on two pages moves
 * little), divided by PRIOR and held to [LOW, HIGH]. Chosen by 10-fold cross-validation on the dev pages
 * (round 15: topics top-3 .794 → .822, set F1 .773 → .785 on the folds not used to count).
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

/** data/topic-term-precision.tsv as factors, keyed by tag id + tab + term. */
export function loadTermFactors(): Map<string, number> {
  const factors = new Map<string, number>()
  for (const row of dataFiles.tsv('topic-term-precision.tsv', 4)) {
    const [tag, term, pages, tagged] = row.cells as [string, string, string, string]
    const n = Number(pages)
    const g = Number(tagged)
    if (!Number.isInteger(n) || !Number.isInteger(g) || g < 0 || g > n) throw new CppccNlpError('E_DATA', `invalid entry in ${row.where}: expected page counts with tagged <= pages, got ${pages} and ${tagged}`)
    factors.set(`${tag}\t${term}`, precisionFactor(n, g))
  }
  return factors
}
