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
  /** Anchors by the division right above theirs: their siblings' parent (汊涧镇 and 铜城镇 under 天长市). */
  private readonly under = new Map<Division, Tally>()
  /** The provinces of the anchors. */
  readonly provinces = new Set<Division>()

  constructor(structure: Structure, anchors: readonly PlaceMention[]) {
    for (const a of anchors) {
      const d = a.division!
      const art = articleAt(structure, a.start)
      count(this.at, d, art)
      for (let p = d.parent; p; p = p.parent) count(this.below, p, art)
      if (d.parent) count(this.under, d.parent, art)
      const prov = ancestors(d).at(-1)
      if (prov) this.provinces.add(prov)
    }
  }

  /** Whether an anchor names `d` itself. */
  names(d: Division | null): boolean {
    return d !== null && this.at.has(d)
  }

  /**
   * Support for `d` from the anchors related to it (the division itself, one above it or one inside it):
   * each weighs 1 in the mention's article and 0.25 elsewhere, twice that for `d` itself. A sibling below
   * a county or prefecture (杨村镇 of 天长市 beside 汊涧镇 and 铜城镇: towns visited on one trip) weighs half
   * as much; siblings within a province only tie (resolve.ts weighs the province apart). Counted in
   * eighths, so the sum is exact.
   */
  support(d: Division, art: number): number {
    const own = quartersOf(this.at.get(d), art)
    let quarters = 2 * own + quartersOf(this.below.get(d), art)
    for (let p = d.parent; p; p = p.parent) quarters += quartersOf(this.at.get(p), art)
    const siblings = d.parent && d.parent.parent ? quartersOf(this.under.get(d.parent), art) - own : 0
    return (2 * quarters + siblings) / 8
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
