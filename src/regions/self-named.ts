import { CppccNlpError } from '../errors.js'
import { Trie } from '../lexicon/trie.js'
import type { Division } from '../places/types.js'
import type { Gazetteer } from '../places/gazetteer.js'
import type { TsvRow } from '../resources/data-files.js'
import { fits, type RelativeLevel } from './words.js'
import { quotedItem } from '../text/quoted.js'

// The lengths of a short form written without its suffix (蓟州 of 掌上蓟州, 川汇 of 川汇新闻).
const STEM_LENGTHS = [2, 3]
const HAN = /^[\u4e00-\u9fff]+$/
// The levels from the top: a stem that names a region above a relative word's levels is that region's.
const RANK: Record<Division['level'], number> = { province: 0, prefecture: 1, county: 2, township: 3 }

/** Words before and after which a page writes its own region short: data/self-name-contexts.tsv. */
export type SelfNameContexts = { before: Trie<true>; after: Trie<true>; datelineBefore: Trie<true>; dateline: Trie<true> }

export function selfNameContexts(rows: readonly TsvRow[]): SelfNameContexts {
  const cx: SelfNameContexts = { before: new Trie<true>(), after: new Trie<true>(), datelineBefore: new Trie<true>(), dateline: new Trie<true>() }
  for (const r of rows) {
    const side = r.cells[1]!
    if (!Object.hasOwn(cx, side)) throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: side must be before, after, datelineBefore or dateline`)
    cx[side as keyof SelfNameContexts].add(r.cells[0]!, true)
  }
  return cx
}

/**
 * The strings a page may write as its own region's short form: the two or three Han characters right after a
 * `before` word or right before an `after` word (掌上蓟州 → 蓟州; 推动白云高质量发展 → 白云, 动白云); after a
 * `datelineBefore` word only where a `dateline` word follows (云上通城讯 → 通城; not 云上嘉鱼平台); after a slogan
 * word (`slogans`, keys reversed: data/slogan-words.txt) only as a slogan in quotes, alone or in a quoted list
 * (建设“公园大渡口、多彩艺术湾” → 大渡口; not 美丽乡村建设).
 */
export function selfNameStems(text: string, cx: SelfNameContexts, slogans?: Trie<true>): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i < text.length; i++) {
    const w = slogans?.longestEndingAt(text, i)
    if (w) for (const n of STEM_LENGTHS) { const s = text.slice(i, i + n); if (s.length === n && HAN.test(s) && quotedItem(text, w.start, i + n)) out.add(s) }
    const b = cx.before.longestAt(text, i)
    if (b) for (const n of STEM_LENGTHS) { const s = text.slice(b.end, b.end + n); if (s.length === n && HAN.test(s)) out.add(s) }
    const d = cx.datelineBefore.longestAt(text, i)
    if (d) for (const n of STEM_LENGTHS) { const s = text.slice(d.end, d.end + n); if (s.length === n && HAN.test(s) && cx.dateline.longestAt(text, d.end + n)) out.add(s) }
    if (cx.after.longestAt(text, i)) for (const n of STEM_LENGTHS) { const s = text.slice(i - n, i); if (i >= n && HAN.test(s)) out.add(s) }
  }
  return out
}

/**
 * The one region of a relative word's level that a page writes only short, in the contexts of data/self-name-contexts.tsv:
 * the stem + the word's suffix is an official name of that level (蓟州 + 区 → 蓟州区). Several divisions of one
 * name (白云区 of 广州市 and of 贵阳市) are one answer, the bodies being named alike; two names, none.
 */
export function selfNamedRegion(stems: ReadonlySet<string>, rel: RelativeLevel, byName: (name: string) => readonly Division[], ordinary: ReadonlySet<string> = new Set(), writtenAs: (stem: string) => readonly Division[] = () => []): Division | null {
  let found: Division | null = null
  for (const s of stems) {
    // A stem that is an ordinary word (光明日报, 解放日报, 新华日报: data/word-short-forms.txt) names no county's own outlet…
    if (s.endsWith(rel.suffix) || ordinary.has(s)) continue
    // …nor one that names a region above the division it would give (河北日报, 吉林日报, 辽阳日报, 甘孜日报: the province's
    // or the city's paper, not 河北区's or 辽阳县's).
    const top = Math.min(...writtenAs(s).map((d) => RANK[d.level]))
    for (const d of byName(s + rel.suffix)) {
      if (d.level === 'township' || !fits(d, rel) || top < RANK[d.level]) continue
      if (found && found.name !== d.name) return null
      found ??= d
    }
  }
  return found
}

/** The `selfNamed` argument of relativeResolver for a page: its stems read once, the gazetteer's names. */
export function selfNamedOf(text: string, res: { selfNames: SelfNameContexts; gazetteer: Pick<Gazetteer, 'byName' | 'forms'>; placeContext: { words: ReadonlySet<string>; slogans: Trie<true> } }): (rel: RelativeLevel) => Division | null {
  let stems: Set<string> | undefined
  // The divisions a stem is written for, as a whole (辽阳 → 辽阳市, 辽阳县).
  const writtenAs = (s: string) => res.gazetteer.forms.matchesAt(s, 0).filter(([end]) => end === s.length).flatMap(([, fs]) => fs.map((f) => f.division))
  return (rel) => selfNamedRegion((stems ??= selfNameStems(text, res.selfNames, res.placeContext.slogans)), rel, (n) => res.gazetteer.byName(n), res.placeContext.words, writtenAs)
}
