import type { Division, PlaceMention } from '../places/types.js'
import type { RelativeLevel } from '../regions/words.js'
import { isHan } from '../text/chars.js'
import { CPPCC } from '../text/grammar.js'
import { zoneStart } from './heads.js'
import { cpcTitleAfter } from './own-committees.js'
import type { BodyLexicon } from './lexicon.js'
import type { BodyInput, BodyMention } from './types.js'

const TOWNSHIP = 'township'
const CPPCC_KIND = 'cppcc'
const RULE = 'rule:township-cppcc'
const ZONE_RULE = 'rule:zone-cppcc'
// The township an article is about, for a body written with no region at all (政协工委 on a page about one town).
const ANY_TOWNSHIP: RelativeLevel = { word: '', levels: [TOWNSHIP], suffix: '' }
// The longest relative word (街道), in characters.
const RELATIVE_MAX = 2
const LIST_MARK = 0x3001

/**
 * A county CPPCC's standing working committee in a township or street (data/township-cppcc-bodies.tsv; the
 * convention in test/fixtures/dev-pages/README.md), in both word orders: township + 政协 + body (花门镇政协工委, and
 * each town of a list: 下塘镇、杜集镇政协工委), 政协 + township + body (政协王串场街道工委), a relative word for the
 * township (镇政协工委, 政协街道工委) or none on a page about one township (政协工委). Named township + 政协 + body,
 * kind cppcc, region the township; 工委 and 工作委员会 of one township are one body, named by its first mention (dev 606). Not: a region above the township (市政协工委), a form naming every township
 * (各镇政协工委, 乡镇政协工委), or a word the data does not list (the liaison bodies 联络组, 联络室: no body).
 * A development zone or new area (data/zone-words.txt) has such a committee too, as it has its party working committee:
 * zone + 政协 + body (雨花经济开发区政协工委, dev 757), or the body bare on a page about one zone (政协工委 of 松山新区, dev
 * 1112); named from the zone as written, in the page's home (a zone is no division), as the zone's other bodies are.
 * Once the page has named a township's committee so, the township + body written without 政协 (建德下涯镇工委 … 政协下涯镇工委,
 * dev 1206) is a further mention of it, where nothing but a place or a break stands before the township (区人大常委会荷城街道工委
 * is a congress's).
 * `zoneAt` is the page's article zones (articleZones), built once by findBodyMentions.
 */
export function townshipCppccBodies(input: BodyInput, lex: BodyLexicon, covered: Uint8Array, zoneAt: (pos: number) => string | null): BodyMention[] {
  const { text, places } = input
  const out: BodyMention[] = []
  const placeAt = new Map<number, PlaceMention>()
  const placeEndingAt = new Map<number, PlaceMention>()
  const placeEnds = new Set(places.map((p) => p.end))
  for (const p of places) {
    if (p.division?.level !== TOWNSHIP) continue
    placeAt.set(p.start, p)
    placeEndingAt.set(p.end, p)
  }
  const generic = (at: number) => lex.township.generic.longestEndingAt(text, at) !== undefined
  // A relative word ending at `at` (镇 of 镇政协工委), the longest.
  const relativeEndingAt = (at: number) => {
    for (let s = Math.max(0, at - RELATIVE_MAX); s < at; s++) {
      const w = input.relativeWords.longestAt(text, s)
      if (w && w.end === at) return { start: s, rel: w.values[0]! }
    }
    return null
  }
  // Where the name of a zone begins that ends at `at` (雨花经济开发区 of 雨花经济开发区政协工委), or -1.
  const zoneEndingAt = (at: number) => input.tokens.isEnd[at] === 1 && at > 0 ? zoneStart(input, lex, covered, input.tokens.at[at - 1]!) : -1
  const pushZone = (start: number, end: number, zone: string, body: string) => {
    const d = input.home?.(start) ?? null
    out.push({ start, end, name: zone + CPPCC + body, key: `${zone}|${CPPCC}|${TOWNSHIP}`, rank: 1, kind: CPPCC_KIND, region: d?.name ?? null, division: d, term: null, session: null, rule: ZONE_RULE })
    covered.fill(1, start, end)
  }
  const push = (start: number, end: number, d: Division, body: string, rank: number) => {
    out.push({ start, end, name: d.name + CPPCC + body, key: `${d.name}|${CPPCC}|${TOWNSHIP}`, rank, kind: CPPCC_KIND, region: d.name, division: d, term: null, session: null, rule: RULE })
    covered.fill(1, start, end)
  }
  for (let i = text.indexOf(CPPCC); i >= 0; i = text.indexOf(CPPCC, i + 1)) {
    const after = i + CPPCC.length
    if (covered[i]) continue
    // 政协 + township + body.
    const p = placeAt.get(after)
    const rel = p ? null : input.relativeWords.longestAt(text, after)
    const inner = p?.division ?? (rel ? input.relative(after, rel.values[0]!) : null)
    const innerEnd = p?.end ?? rel?.end ?? -1
    const late = inner?.level === TOWNSHIP ? lex.township.bodies.longestAt(text, innerEnd) : undefined
    if (inner && late && !generic(i)) {
      // After the county's own 政协 (双峰县政协 + 花门镇工委) the 政协 stays that committee's mention.
      const start = placeEnds.has(i) || relativeEndingAt(i) ? after : i
      push(start, late.end, inner, text.slice(innerEnd, late.end), p ? 2 : 1)
      continue
    }
    // township + 政协 + body.
    const b = lex.township.bodies.longestAt(text, after)
    if (!b) continue
    const body = text.slice(after, b.end)
    const q = placeEndingAt.get(i)
    if (q) {
      push(q.start, b.end, q.division!, body, 2)
      // Each town of a list before it (下塘镇、杜集镇、造甲乡政协工委).
      for (let r = placeEndingAt.get(q.start - 1); r && text.charCodeAt(r.end) === LIST_MARK && !covered[r.start]; r = placeEndingAt.get(r.start - 1)) push(r.start, r.end, r.division!, body, 1)
      continue
    }
    const z = zoneEndingAt(i)
    if (z >= 0) {
      pushZone(z, b.end, text.slice(z, i), body)
      continue
    }
    const w = relativeEndingAt(i)
    if (w) {
      // 市政协工委 is no township's; 各镇政协工委 names every town.
      const d = w.rel.levels.includes(TOWNSHIP) && !generic(w.start) ? input.relative(w.start, w.rel) : null
      if (d?.level === TOWNSHIP) push(w.start, b.end, d, body, 1)
      continue
    }
    if (generic(i) || placeEnds.has(i)) continue
    // The page writes that township in full (伦镇 of 禹城市伦镇党委), not only a short form that may name another.
    const d = input.relative(i, ANY_TOWNSHIP)
    if (d?.level === TOWNSHIP && text.includes(d.name)) push(i, b.end, d, body, 1)
    else if (!d) {
      // No township: the one zone the page is about (政协工委副主任 on a page of 松山新区).
      const zone = zoneAt(i)
      if (zone) pushZone(i, b.end, zone, body)
    }
  }
  const named = new Map(out.filter((m) => m.rule === RULE).map((m) => [m.region, m]))
  for (const p of placeAt.values()) {
    const m = named.get(p.division!.name)
    const b = m ? lex.township.bodies.longestAt(text, p.end) : undefined
    // …not where a Party title follows: 街道工委 + 书记 is the street's party working committee.
    if (!m || !b || covered[p.start] || (p.start > 0 && isHan(text.charCodeAt(p.start - 1)) && !placeEnds.has(p.start)) || cpcTitleAfter(input, lex, b)) continue
    out.push({ ...m, start: p.start, end: b.end })
    covered.fill(1, p.start, b.end)
  }
  return out
}
