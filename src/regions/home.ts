import { defineStage } from '../pipeline/stage.js'
import { LIST_RULE } from '../places/abbreviations.js'
import { ancestors } from '../places/gazetteer.js'
import type { Division, PlaceMention } from '../places/types.js'
import { articleAt, paragraphAt, type Structure } from '../structure/types.js'
import { fits, type RelativeLevel } from './words.js'
import { partitionPoint } from '../text/bisect.js'

export type { RelativeLevel } from './words.js'

const LEVEL_WEIGHT: Record<string, number> = { province: 1, prefecture: 3, county: 3, township: 1 }

/** `d` or its nearest ancestor that fits `rel`. */
function lift(d: Division, rel: RelativeLevel): Division | null {
  for (const x of [d, ...ancestors(d)]) if (fits(x, rel)) return x
  return null
}

/**
 * Stage: the home region of each article: the place its title block names (吉林市政协 / 让委员履职…),
 * else the place it mentions most (cities and counties weigh more), else the page's.
 */
export const regionsStage = defineStage({
  name: 'regions',
  needs: ['structure', 'placeMentions'],
  provides: ['homes'],
  run(doc) {
    const structure = doc.get('structure')
    const ms = doc.get('placeMentions')
    const pick = (sel: PlaceMention[]) => {
      const score = new Map<Division, number>()
      for (const m of sel) if (m.division) score.set(m.division, (score.get(m.division) ?? 0) + (LEVEL_WEIGHT[m.division.level] ?? 1))
      let best: Division | null = null
      let bestScore = 0
      for (const [d, s] of score) if (s > bestScore) { best = d; bestScore = s }
      return best
    }
    const page = pick(ms)
    const byArticle = structure.articles.map((): PlaceMention[] => [])
    for (const m of ms) byArticle[articleAt(structure, m.start)]!.push(m)
    const homes = structure.articles.map((a, i) => {
      const inHead = byArticle[i]!.filter((m) => a.head.some((h) => m.start >= h.start && m.end <= h.end))
      return pick(inHead) ?? pick(byArticle[i]!) ?? page
    })
    return { homes }
  },
})

/**
 * Resolves a relative region word at normalized position `pos`: a fitting place written earlier in the
 * same paragraph (安徽省天长市政协…市政协), else the article's home region lifted to that level, else
 * the nearest fitting place earlier in the article, else the fitting place the page names most. Only a
 * region the page writes: 市委 on a page that names only 桃源县 is the 市委 as written, with no region,
 * not the city the county lies in. A province named in a list of abbreviations is not the one a relative
 * word means (台 of 省政协港澳台侨委员会 is no 省 of the 省侨办 after it).
 */
export function relativeResolver(structure: Structure, ms: readonly PlaceMention[], homes: ReadonlyArray<Division | null>): (pos: number, rel: RelativeLevel) => Division | null {
  const resolved = ms.filter((m) => m.division)
  const written = new Set(resolved.map((m) => m.division!))
  const liftWritten = (d: Division, rel: RelativeLevel) => {
    const x = lift(d, rel)
    return x && written.has(x) ? x : null
  }
  // The fitting place the page names most, per relative word: computed once.
  const pageBest = new Map<RelativeLevel, Division | null>()
  const mostNamed = (rel: RelativeLevel) => {
    if (!pageBest.has(rel)) {
      const count = new Map<Division, number>()
      for (const m of resolved) {
        const d = liftWritten(m.division!, rel)
        if (d) count.set(d, (count.get(d) ?? 0) + 1)
      }
      pageBest.set(rel, [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null)
    }
    return pageBest.get(rel)!
  }
  return (pos, rel) => {
    const p = paragraphAt(structure, pos)
    const paraStart = p >= 0 ? structure.paragraphs[p]!.start : pos
    const art = articleAt(structure, pos)
    // Mentions before pos, nearest first, within the article.
    let k = upperBound(resolved, pos) - 1
    for (; k >= 0 && resolved[k]!.start >= paraStart; k--) {
      const m = resolved[k]!
      if (m.end <= pos && m.rule !== LIST_RULE && fits(m.division!, rel)) return m.division
    }
    const home = homes[art]
    const lifted = home ? liftWritten(home, rel) : null
    if (lifted) return lifted
    for (k = upperBound(resolved, pos) - 1; k >= 0 && articleAt(structure, resolved[k]!.start) === art; k--) {
      const m = resolved[k]!
      if (m.end <= pos && m.rule !== LIST_RULE && fits(m.division!, rel)) return m.division
    }
    return mostNamed(rel)
  }
}

/** Index of the first mention starting at or after `pos` (mentions are in text order). */
function upperBound(ms: readonly PlaceMention[], pos: number): number {
  return partitionPoint(ms.length, (i) => ms[i]!.start < pos)
}
