import { ancestors, formerTwins, isAncestor, type ByName } from '../places/gazetteer.js'
import type { Division, PlaceMention } from '../places/types.js'
import type { Trie } from '../lexicon/trie.js'
import { tokenStartingAt, type Tokens } from '../segment/tokens.js'
import { articleAt, type Structure } from '../structure/types.js'
import { CPPCC } from '../text/grammar.js'
import type { NotBaseWords } from './visits.js'
import { fits, type RelativeLevel } from './words.js'

// How far after a place the end of a firm's name may be (广东新兴 + 铸管有限公司; 阳春 + 新钢铁有限责任公司).
const FIRM_TAIL = 12
const HAN = /\p{Script=Han}/u

/** `d` or its nearest ancestor that fits `rel`. */
export function lift(d: Division, rel: RelativeLevel): Division | null {
  for (const x of [d, ...ancestors(d)]) if (fits(x, rel)) return x
  return null
}

/**
 * `lift`, or where no division above `d` fits `rel` and the county-level division above it is one of today that was a
 * division of `rel`'s suffix under the same stem and parent before (宁乡市, 宁乡县 until 2017; 綦江区, 綦江县 until 2011:
 * data/former-divisions.tsv), that former one: a page that speaks of its 县 and writes only townships of 宁乡市 was
 * written when they lay in 宁乡县 (the former-county rule of test/unit/places-former.test.ts).
 */
export function liftOrFormer(d: Division, rel: RelativeLevel, byName: ByName): Division | null {
  const up = lift(d, rel)
  if (up) return up
  const county = [d, ...ancestors(d)].find((x) => x.level === 'county')
  if (!county || county.code === null) return null
  const twins = formerTwins(county, rel.suffix, byName).filter((x) => fits(x, rel))
  return twins.length === 1 ? twins[0]! : null
}

export type LiftInput = {
  text: string; tokens: Tokens; structure: Structure; ms: readonly PlaceMention[]
  /** Divisions no relative word means (台湾省): data/outside-regions.txt. */
  outside: ReadonlySet<string>
  /** Words that end a firm's name, keys reversed: data/enterprise-words.txt. */
  firmEnds: Trie<true>
  /** Words of a historic site written after a body's name (旧址 of 金门县政府旧址): data/former-site-words.txt. */
  siteWords?: Trie<true>
  /** The bodies lexicon's organs and head words (政府, 委, 大学: data/bodies.tsv, body-heads.tsv): a site word names a
   * historic site only right after one (金门县政府旧址, not 丰县大运河遗址). */
  bodyWords?: ReadonlyArray<Trie<unknown>>
  words: NotBaseWords
  /** The gazetteer's divisions of a name: a township of a county that changed its suffix lifts to the county of before. */
  byName?: ByName
}

/**
 * The region a relative word means where the page writes no place of its level but the visitors' (市科协 on a page that writes
 * only 丰县 is 徐州市科协; test/fixtures/dev-pages/README.md): the one region of that level above every place
 * its article writes that may serve as a base. No base is a place travelled to, a visitor's, one the mainland's
 * bodies do not reach, a name written inside a firm's (广东新兴铸管有限公司) or a historic site's (金门县政府旧址), a birthplace (湖南桃源人), a place
 * learnt from (学习安吉县经验), or a name of several divisions under different regions (大墅镇 of 淳安县 and of
 * 全椒县) unless the page writes the region above one of them (竹溪…龙坝镇: 竹溪县's, not 墨江's). Bases that disagree (丰县、泗洪县, of two cities; 桃源县政协…来丰县, the visitors' and the host's)
 * leave the word unlifted, and so does an article that writes no base: another article's place is not its own.
 */
export function unwrittenLift({ text, tokens, structure, ms, outside, firmEnds, siteWords, bodyWords = [], words, byName = () => [] }: LiftInput): (rel: RelativeLevel, art: number) => Division | null {
  const stranger = new Set<Division | null>()
  for (const m of ms) if (m.away || m.visitor) stranger.add(m.division)
  const written = new Set(ms.map((m) => m.division))
  // Places written back to back are one chain (湖南桃源人, 学习浙江安吉): the words around it are the chain's. A place
  // that does not lie in the one before it begins a new chain (翔安区大嶝 + 金门县政府旧址: where the site is, then its name).
  const joined = (a: PlaceMention, b: PlaceMention) => a.end === b.start && (!a.division || !b.division || a.division === b.division || isAncestor(a.division, b.division))
  const chainStart = (k: number) => { while (k > 0 && joined(ms[k - 1]!, ms[k]!)) k--; return ms[k]!.start }
  const chainEnd = (k: number) => { while (k + 1 < ms.length && joined(ms[k]!, ms[k + 1]!)) k++; return ms[k]!.end }
  // …or a historic site's (大嶝金门县政府旧址 on a page of 翔安区: the site visited, not the page's county; dev 1286), its
  // word right after a body's organ or head written after the place (政府 + 旧址; not 丰县 + 大运河遗址, 丰县 + 原址重建).
  const bodyEndsAt = (end: number, p: number) => {
    for (let q = end; q < p; q++) if (bodyWords.some((t) => t.matchesAt(text, q).some(([e]) => e === p))) return true
    return false
  }
  const inName = (end: number) => {
    for (let p = end; p < text.length && p - end < FIRM_TAIL && HAN.test(text[p]!); p++) {
      if (text.startsWith(CPPCC, p) || tokenStartingAt(tokens, p)?.pos === 'v') return false
      if (firmEnds.longestEndingAt(text, p + 1) || (siteWords?.longestAt(text, p) && bodyEndsAt(end, p))) return true
    }
    return false
  }
  const native = (end: number) => {
    const w = words.native.longestAt(text, end)
    return !!w && !HAN.test(text[w.end] ?? '')
  }
  // The bases of each article, read on the first word that needs them: most pages write a place of every level.
  let basesIn: PlaceMention[][] | undefined
  const basesOf = (art: number) => {
    if (!basesIn) {
      const out: PlaceMention[][] = structure.articles.map(() => [])
      const starts = new Set(ms.map((m) => m.start))
      ms.forEach((m, k) => {
        if (!m.division || m.away || stranger.has(m.division) || outside.has(m.division.name)) return
        const s = chainStart(k)
        const e = chainEnd(k)
        // A chain right before another place ends where that one begins: the name after is the other's.
        if (words.learn.longestEndingAt(text, s) || words.born.longestEndingAt(text, s) || native(e) || (!starts.has(e) && inName(e))) return
        out[articleAt(structure, m.start)]?.push(m)
      })
      basesIn = out
    }
    return basesIn[art] ?? []
  }
  const levelWritten = new Map<RelativeLevel, boolean>()
  const memo = new Map<string, Division | null>()
  return (rel, art) => {
    let any = levelWritten.get(rel)
    if (any === undefined) {
      // A visitors' place of that level is not the page's (建德市政协…来我市…吕四港镇: the 市 of 吕四港镇, README).
      any = ms.some((m) => m.division && !m.visitor && !outside.has(m.division.name) && fits(m.division, rel))
      levelWritten.set(rel, any)
    }
    if (any) return null
    const key = `${art}|${rel.word}`
    if (!memo.has(key)) memo.set(key, agreed(basesOf(art), rel, written, byName))
    return memo.get(key)!
  }
}

/**
 * The one region of `rel` above every base that reaches it, each a name of one region there (of the divisions it
 * may name, those under a place the page writes, if any); else null.
 */
function agreed(bases: readonly PlaceMention[], rel: RelativeLevel, written: ReadonlySet<Division | null>, byName: ByName): Division | null {
  let out: Division | null = null
  // The names several divisions bear, each with the regions of `rel` it may lie under.
  const shared = new Map<string, Set<Division | null>>()
  for (const m of bases) {
    // A name several divisions bear is a base only where all of them lie under the same region…
    const under = m.forms.filter((f) => ancestors(f.division).some((a) => written.has(a)))
    const ups = new Set((under.length ? under : m.forms).map((f) => liftOrFormer(f.division, rel, byName)))
    if (ups.size > 1) { shared.set(m.division!.name, ups); continue }
    const up = liftOrFormer(m.division!, rel, byName)
    if (!up) continue
    if (out && out !== up) return null
    out = up
  }
  return out ?? common(shared)
}

/**
 * …or, where the article writes no base of one region, under the one region that every name of two or more it writes
 * may lie under (城关镇、固城镇、大屯乡, each a town of several counties, all three only of 清丰县): a county's page names
 * its towns and not itself (test/fixtures/dev-pages/README.md: the word means the one region above the places its
 * article writes, where they agree).
 */
function common(shared: ReadonlyMap<string, ReadonlySet<Division | null>>): Division | null {
  if (shared.size < 2) return null
  let both: Array<Division | null> | null = null
  for (const ups of shared.values()) both = both ? both.filter((d) => ups.has(d)) : [...ups]
  return both?.length === 1 ? both[0]! : null
}
