import { articleAt, perDoc, type Doc } from '../doc/doc.js'
import type { PlaceMention } from '../places/extract.js'
import { ancestors, type Division } from '../places/gazetteer.js'
import { placeMentions } from '../places/stage.js'

/** The relative region words of Chinese reports: 市政协 → the city the article is about. */
export type RelativeLevel = '省' | '市' | '区' | '县' | '州' | '镇' | '乡' | '旗'

const LEVEL_WEIGHT: Record<string, number> = { province: 1, prefecture: 3, county: 3, township: 1 }

/** Does division `d` answer to the relative word `rel` (市 → 长春市 or the county-level city 天长市)? */
export function fits(d: Division, rel: RelativeLevel): boolean {
  switch (rel) {
    case '省': return d.level === 'province'
    case '市': return d.level !== 'township' && d.name.endsWith('市')
    case '州': return d.level === 'prefecture' && d.name.endsWith('州')
    case '区': return d.level === 'county' && d.name.endsWith('区')
    case '县': return d.level === 'county' && d.name.endsWith('县')
    case '旗': return d.level === 'county' && d.name.endsWith('旗')
    case '镇': return d.level === 'township' && d.name.endsWith('镇')
    case '乡': return d.level === 'township' && d.name.endsWith('乡')
  }
}

/** `d` or its nearest ancestor that fits `rel`. */
function lift(d: Division, rel: RelativeLevel): Division | null {
  for (const x of [d, ...ancestors(d)]) if (fits(x, rel)) return x
  return null
}

/**
 * The home region of each article: the place its title block names (吉林市政协 / 让委员履职…),
 * else the place it mentions most (cities and counties weigh more), else the page's.
 */
export const articleHomes = perDoc((doc): Array<Division | null> => {
  const ms = placeMentions(doc)
  const pick = (sel: PlaceMention[]) => {
    const score = new Map<Division, number>()
    for (const m of sel) if (m.division) score.set(m.division, (score.get(m.division) ?? 0) + (LEVEL_WEIGHT[m.division.level] ?? 1))
    let best: Division | null = null
    let bestScore = 0
    for (const [d, s] of score) if (s > bestScore) { best = d; bestScore = s }
    return best
  }
  const page = pick(ms)
  return doc.articles.map((a, i) => {
    const inHead = ms.filter((m) => a.head.some((h) => m.start >= h.start && m.end <= h.end))
    const own = ms.filter((m) => articleAt(doc, m.start) === i)
    return pick(inHead) ?? pick(own) ?? page
  })
})

/**
 * Resolves a relative region word at normalized position `pos`: a fitting place written earlier in the
 * same paragraph (安徽省天长市政协…市政协), else the article's home region lifted to that level, else
 * the nearest fitting place earlier in the article, else the fitting place the page names most.
 */
export function resolveRelative(doc: Doc, pos: number, rel: RelativeLevel): Division | null {
  const ms = placeMentions(doc)
  const para = doc.paragraphs.find((p) => p.start <= pos && pos < p.end)
  const art = articleAt(doc, pos)
  const before = ms.filter((m) => m.division && m.end <= pos && articleAt(doc, m.start) === art)
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k]!
    if (para && m.start < para.start) break
    if (fits(m.division!, rel)) return m.division
  }
  const home = articleHomes(doc)[art]
  const lifted = home ? lift(home, rel) : null
  if (lifted) return lifted
  for (let k = before.length - 1; k >= 0; k--) if (fits(before[k]!.division!, rel)) return before[k]!.division
  // Last, the fitting place the page mentions most (or the one its places lie in).
  const count = new Map<Division, number>()
  for (const m of ms) {
    const d = m.division ? lift(m.division, rel) : null
    if (d) count.set(d, (count.get(d) ?? 0) + 1)
  }
  return [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
}
