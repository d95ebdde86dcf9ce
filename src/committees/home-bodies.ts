import { isAncestor } from '../places/gazetteer.js'
import type { Division } from '../places/types.js'
import { CLOSING_QUOTES, LIST_MARKS, NATIONAL } from '../text/grammar.js'
import { isHan, UnitSet } from '../text/chars.js'
import { bodyKey, readBody } from './grammar.js'
import { longest, type BodyLexicon } from './lexicon.js'
import type { BodyInput, BodyMention } from './types.js'

// The bodies that tell whose page it is: its CPPCC committee, party committee, government.
const GOVERNMENT = 'government'
const OWN_KINDS: ReadonlySet<string> = new Set(['cppcc', 'party', GOVERNMENT])
// What a bare body may follow: a list mark (民主党派和工商联, 、工商联), or a verb, preposition, adverb or the particle 了
// (深化工商联改革, 把工商联建成, 听取了住建局的汇报) or a time word that opens a clause (会上发改局作汇报: dev 523); not a noun
// (民建工商联界, 盘锦工商联: a name of its own).
const LIST = UnitSet.of([LIST_MARKS])
const FOLLOWS_POS = /^(?:[vpdct]|ul)/
const CLOSE_BRACKET = /[)）]/
// A quotation closed right after the word, before a sector word: “工商联”界 is the sector, no body.
const CLOSE_QUOTE = UnitSet.of([CLOSING_QUOTES])

/**
 * Bodies written bare (data/home-bodies.tsv: 工商联, and a government's bureaus and offices: 住建局, 发改委) with no region, relative word or 全国 before them: the body of
 * the region of the page's own CPPCC committee, party committee and government (ownRegion):
 * 定期走访联络民主党派和工商联 on a page of 长春市政协 → 长春市工商联 (test/fixtures/dev-pages/README.md). Where the page's
 * own bodies have no region (市政协 on a page that writes no place) and no such body is written otherwise, as written
 * with no region, as they are; where they are all national (全国政协), the national body (全国工商联). None inside a longer word (工商联界别, 工商联组, 工商联系统), after a word of several
 * regions (各级工商联, 县区级工商联, 各县(市、区)工商联, 双方工商联), where a place or a noun ends right before it, or on a page
 * of several regions; for a bureau (read from data/bodies.tsv, header of data/home-bodies.tsv), none where the article writes a
 * province, prefecture or county, as a place or a government body's region, that is neither the home nor one of its ancestors (a
 * visit: 到桓台县调研 on a page of 淄博市政协). A page of several articles (an archive page) is read article by article: "the page" is the
 * article the word is in. `found` are the bodies found before; `covered` the units they cover.
 */
export function homeBodies(input: BodyInput, lex: BodyLexicon, found: readonly BodyMention[], covered: Uint8Array): BodyMention[] {
  const { text, home } = input
  const hb = lex.homeBodies
  const out: BodyMention[] = []
  const articleOf = input.article ?? (() => 0)
  const placeEnds = new Set(input.places.map((p) => p.end))
  // What each article holds, gathered once on the first bare word (linear in the page): see ArticleBodies.
  let articles: Map<number, ArticleBodies> | undefined
  let art = -1
  let cur: ArticleBodies = emptyArticle()
  for (let i = 0; i < text.length; i++) {
    const w = covered[i] ? undefined : hb.forms.longestAt(text, i)
    if (!w) continue
    const b = readBody(lex, text, i)
    if (!b || b.end !== w.end || b.parts.length || !bareAt(input, lex, placeEnds, i, w.end)) continue
    if (articleOf(i) !== art) {
      articles ??= gatherArticles(input, found, articleOf)
      art = articleOf(i)
      cur = articles.get(art) ?? emptyArticle()
    }
    const { own } = cur
    const organ = `${b.kind}|${b.organ.id}`
    const organRegions = cur.organs.get(organ)
    // A government's bureau is read so only on a page of a 政协 or party committee of one region, and never as
    // written: a bureau alone beside another bureau (长春市教育局出席会议。民政局负责人讲话) or on a page that writes no
    // place (市政协主席讲话，发改委负责人参加) names none.
    const bureau = b.kind === GOVERNMENT
    const h = ownRegion(bureau ? own.filter((m) => m.kind !== GOVERNMENT) : own, home?.(i) ?? null)
    // …nor of a region the article's people travel to (区政协文史委赴定远…与档案局联系: the visitors' own bureau, README).
    if (bureau && (!h || elsewhere(cur, h) || cur.travelled.has(h))) continue
    const name = text.slice(i, w.end)
    // An article that names another region's body of that organ (在吉林市工商联召开座谈会, 省工商联副主席) leaves the bare
    // word unresolved: it may mean that one.
    // So does a national government body of that name (国家发改委 … 介绍了发改委下一步工作重点: the ministry); not a
    // national mass organisation (全国工商联 beside a bare 工商联, which stays the page's: README, a bare 工商联).
    if (h && h.level !== 'township' && (someOther(organRegions, h.name) || (bureau && cur.nationalEnds.has(name)))) continue
    if (h && h.level !== 'township') {
      const full = h.name + name
      out.push({ start: i, end: w.end, name: full, key: bodyKey(h.name, b, full), rank: 1, kind: b.kind, region: h.name, division: h, term: null, session: null, rule: 'rule:home-body' })
    } else if (own.length && own.every((m) => m.region === NATIONAL)) {
      // A national page: the national body of that name (全国 + 工商联 = 全国工商联, data/national-bodies.tsv).
      const whole = NATIONAL + name
      const n = longest(lex.named, whole, 0)
      if (n && n.end === whole.length) out.push({ start: i, end: w.end, name: n.value.id, key: `${NATIONAL}|${n.value.id}`, rank: 1, kind: n.value.kind, region: NATIONAL, division: null, term: null, session: null, rule: 'rule:home-body' })
    } else if (own.length && own.every((m) => m.region === null) && !organRegions) {
      out.push({ start: i, end: w.end, name, key: bodyKey(null, b, name), rank: 1, kind: b.kind, region: null, division: null, term: null, session: null, rule: 'rule:home-body' })
    }
    i = w.end - 1
  }
  return out
}

/**
 * What one article holds for its bare words: its own bodies (CPPCC committee, party committee, government), the
 * regions written for each organ (kind|organ id → regions, null for a body written with no region), the endings of its
 * national government bodies' names (国家发改委 → 发改委, 改委 …), and the province, prefecture and county divisions it writes
 * (places, and government bodies of a region) — with, per home region, whether one of them is neither it nor its ancestor —
 * and the divisions its people travel to (赴定远).
 */
type ArticleBodies = {
  own: BodyMention[]; organs: Map<string, Set<string | null>>; nationalEnds: Set<string>
  divisions: Set<Division>; elsewhere: Map<Division, boolean>; travelled: Set<Division>
}
const emptyArticle = (): ArticleBodies => ({ own: [], organs: new Map(), nationalEnds: new Set(), divisions: new Set(), elsewhere: new Map(), travelled: new Set() })
// The levels of a place that, written in an article and neither its home nor an ancestor, make it about another place.
const VISITED_LEVELS: ReadonlySet<string> = new Set(['province', 'prefecture', 'county'])
// The shortest bare word a national body's name may end in (发改委 of 国家发改委).
const MIN_BARE = 2

function gatherArticles(input: BodyInput, found: readonly BodyMention[], articleOf: (pos: number) => number): Map<number, ArticleBodies> {
  const byArticle = new Map<number, ArticleBodies>()
  const of = (pos: number) => {
    const a = articleOf(pos)
    let x = byArticle.get(a)
    if (!x) byArticle.set(a, (x = emptyArticle()))
    return x
  }
  for (const m of found) {
    const x = of(m.start)
    if (OWN_KINDS.has(m.kind)) x.own.push(m)
    const organ = `${m.kind}|${m.key.slice(m.key.lastIndexOf('|') + 1)}`
    const regions = x.organs.get(organ)
    if (regions) regions.add(m.region)
    else x.organs.set(organ, new Set([m.region]))
    if (m.kind !== GOVERNMENT) continue
    if (m.region === NATIONAL) for (let k = 0; k <= m.name.length - MIN_BARE; k++) x.nationalEnds.add(m.name.slice(k))
    else if (m.division && VISITED_LEVELS.has(m.division.level)) x.divisions.add(m.division)
  }
  for (const p of input.places) {
    if (!p.division) continue
    if (VISITED_LEVELS.has(p.division.level)) of(p.start).divisions.add(p.division)
    if (p.away) of(p.start).travelled.add(p.division)
  }
  return byArticle
}

/** Whether the article writes a province, prefecture or county that is neither `h` nor one of its ancestors (到桓台县调研 on a page of 淄博市政协): a page about another place. */
function elsewhere(a: ArticleBodies, h: Division): boolean {
  let e = a.elsewhere.get(h)
  if (e === undefined) {
    e = false
    for (const d of a.divisions) if (d !== h && !isAncestor(d, h)) { e = true; break }
    a.elsewhere.set(h, e)
  }
  return e
}

/** Whether `regions` holds a region other than `name`. */
function someOther(regions: Set<string | null> | undefined, name: string): boolean {
  if (!regions) return false
  for (const r of regions) if (r !== name) return true
  return false
}

/** Whether the bare word from `start` to `end` stands alone: a word of its own, not after a noun, a place or a word of several regions, nor before a word that goes on with it. */
function bareAt(input: BodyInput, lex: BodyLexicon, placeEnds: ReadonlySet<number>, start: number, end: number): boolean {
  const { text, tokens } = input
  const hb = lex.homeBodies
  if (tokens.isStart[start] !== 1 || (tokens.isEnd[end] !== 1 && tokens.isStart[end] !== 1)) return false
  const word = CLOSE_QUOTE.has(text.charCodeAt(end)) ? end + 1 : end
  if (hb.notAfter.longestAt(text, end) || lex.sectors.longestAt(text, word)) return false
  if (hb.notBefore.longestEndingAt(text, start) || CLOSE_BRACKET.test(text[start - 1] ?? '')) return false
  if (placeEnds.has(start)) return false
  const prev = text.charCodeAt(start - 1)
  if (start === 0 || !isHan(prev) || LIST.has(prev)) return true
  const t = tokens.list[tokens.at[start - 1]!]
  return !!t && t.end === start && FOLLOWS_POS.test(t.pos) && !input.relativeWords.longestAt(text, t.start)
}

/**
 * The region of the page's own bodies (their regions resolved as any relative word is: src/regions/home.ts): the one
 * region they name, or, where they name several, the article's home among them if every other is an ancestor of it
 * or a division under it (淄博市委… on a page of 桓台县委); else null (a page of several regions). National bodies
 * (全国政协委员) are no region of the page.
 */
function ownRegion(own: readonly BodyMention[], home: Division | null): Division | null {
  const regions = new Set<Division>()
  for (const m of own) if (m.division) regions.add(m.division)
  if (regions.size === 1) return [...regions][0]!
  if (!home || !regions.has(home)) return null
  for (const d of regions) if (d !== home && !isAncestor(d, home) && !isAncestor(home, d)) return null
  return home
}
