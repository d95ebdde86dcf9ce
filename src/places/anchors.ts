import { articleAt, type Structure } from '../structure/types.js'
import { ancestors } from './gazetteer.js'
import type { Division, PlaceMention } from './types.js'

/** How many anchors name a division, on the whole page and per article. */
type Tally = { all: number; byArticle: Map<number, number> }

/**
 * The unambiguous mentions (anchors) of a page, counted once per document by division, so that an
 * ambiguous mention weighs its candidates without going through every anchor of the page.
 */
export class Anchors {
  /** Anchors by their division. */
  private readonly at = new Map<Division, Tally>()
  /** Anchors by each division above theirs (长春市 counts for 吉林省). */
  private readonly below = new Map<Division, Tally>()
  /** The provinces of the anchors. */
  readonly provinces = new Set<Division>()

  constructor(structure: Structure, anchors: readonly PlaceMention[]) {
    for (const a of anchors) {
      const d = a.division!
      const art = articleAt(structure, a.start)
      count(this.at, d, art)
      for (let p = d.parent; p; p = p.parent) count(this.below, p, art)
      const prov = ancestors(d).at(-1)
      if (prov) this.provinces.add(prov)
    }
  }

  /**
   * Support for `d` from the anchors related to it (the division itself, one above it or one inside it):
   * each weighs 1 in the mention's article and 0.25 elsewhere, twice that for `d` itself. Counted in
   * quarters, so the sum is exact.
   */
  support(d: Division, art: number): number {
    let quarters = 2 * quartersOf(this.at.get(d), art) + quartersOf(this.below.get(d), art)
    for (let p = d.parent; p; p = p.parent) quarters += quartersOf(this.at.get(p), art)
    return quarters / 4
  }
}

function count(tallies: Map<Division, Tally>, d: Division, art: number): void {
  let t = tallies.get(d)
  if (!t) { t = { all: 0, byArticle: new Map() }; tallies.set(d, t) }
  t.all++
  t.byArticle.set(art, (t.byArticle.get(art) ?? 0) + 1)
}

function quartersOf(t: Tally | undefined, art: number): number {
  if (!t) return 0
  const here = t.byArticle.get(art) ?? 0
  return 4 * here + (t.all - here)
}
