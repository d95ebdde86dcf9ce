import type { Trie } from '../lexicon/trie.js'
import type { AbbreviationContext, ListWord } from './abbreviations.js'
import type { Tokens } from '../segment/tokens.js'
import { GUESSED_NAME_TAGS, UNKNOWN_TAG } from '../persons/tags.js'
import { isHan, UnitSet } from '../text/chars.js'
import { LIST_MARKS } from '../text/grammar.js'
import { AFTER_PARENT, AUTONOMOUS_SHORT } from './aliases.js'
import { isAncestor, type Gazetteer } from './gazetteer.js'
import { unlistedTownshipEnd } from './unlisted.js'
import { roadAt } from './roads.js'
import { placeMention, type Division, type Form, type PlaceMention } from './types.js'

/** What place extraction reads besides the gazetteer. */
export type PlaceContext = {
  /**
   * Words after a short form that show it is the place (籍, 境内, 两地): data/place-words.tsv; `county` where a county's
   * short form may take it, `township` where a township's stem of two characters may (千灯古镇).
   */
  readonly after: Trie<{ county: boolean; township: boolean; institution: boolean }>
  /**
   * Words that close a list of townships written by their stems (…、瀛洲等4个乡镇; 新安、太浮两镇): data/township-list-ends.tsv,
   * a word before the count, the township words after it, and the characters of the count (digits and numerals).
   */
  readonly townshipListEnds: { readonly before: Trie<true>; readonly after: Trie<true>; readonly bare: Trie<true>; readonly between: Trie<true>; readonly county: Trie<true>; isNumeral(unit: number): boolean }
  /** Words after a list of province abbreviations (川渝两地, 粤港澳大湾区): data/abbreviation-lists.txt; counts of cities (沪苏两市): data/city-count-words.txt. */
  readonly lists: Trie<ListWord>
  /** What stands around a province abbreviation alone (赴京举办): data/abbreviation-context.tsv. */
  readonly abbreviations: AbbreviationContext
  /** End of a public body's organ written at `at` (政协, 人大, 市委, 政府), or -1: 朝阳区政协, 南康政协. */
  organEndAt(text: string, at: number): number
  /** End of a body's prefix written at `at` (中共, 民建), or -1: the segmenter keeps 中共天津市委 one word. */
  prefixEndAt(text: string, at: number): number
  /** A preposition or conjunction the segmenter glues to the name after it (和良渚/nr 街道): glued-to-body in data/function-words.tsv. */
  readonly gluedBefore: UnitSet
  /** Verbs of travel away, before a place the page's people go to (赴, 前往): data/travel-away.txt. */
  readonly away: Trie<true>  // keys reversed
  /** Short forms that are ordinary words first (和平, 红旗, 南湖): data/word-short-forms.txt. */
  readonly words: ReadonlySet<string>
  /** Words that open a slogan named after a region, in quotes before its short form (“平安南开”): data/slogan-words.txt. */
  readonly slogans: Trie<true>  // keys reversed
  /**
   * Words right before and right after a county's short form that make it the page's own county in a phrase of its
   * development (推动白云高质量发展, 作出建瓯贡献), and the words of its own media after it (川汇新闻): data/own-region-phrases.tsv.
   */
  readonly ownPhrases: { readonly before: Trie<true>; readonly after: Trie<true>; readonly media: Trie<true>; readonly mediaBefore: Trie<true>; readonly dateline: Trie<true>; readonly owner: Trie<true>; readonly learnt: Trie<true>; readonly study: Trie<true>; readonly lesson: Trie<true> }  // before, mediaBefore, learnt, study: keys reversed
  /** Words after a township's stem that make it a street's or a firm's name (中关村大街, 张江集团): data/street-words.txt, data/road-words.txt. */
  readonly streets: Trie<true>
  /** Words after any short form that make it a road's, a village's or a river's name or a currency's (河南路, 北京路, 宁夏村, 黄浦江, 澳门元): data/road-words.txt, data/village-words.txt, data/water-words.txt, data/currency-words.txt. */
  readonly roads: Trie<true>
  /** Words a county's name ending in its suffix begins that make it its city's counties (长沙县区): data/city-county-words.txt. */
  readonly countiesOfCity: Trie<true>
  /** Words that end a zone's name (新区, 高新区, 开发区): data/zone-words.txt. */
  readonly zones: Trie<true>
  /** Words of the sentence that are also a county's stem (和 of 和县, 会同 of 会同县): data/function-word-stems.txt. */
  readonly functionStems: ReadonlySet<string>
  /** Words that close a list of places and call them places (等地, 等城市): data/place-list-ends.txt. */
  readonly listEnds: Trie<true>
}

// Marks inside a sentence, after which a conjunction or verb goes on with it (讲话，和县政协…).
const CLAUSE_MARK = UnitSet.of('，,、：:；;')

// Particles and punctuation after a short form: 长春、吉林、四平等地; 长春的.
const AFTER_MARK = /^[、，。；：“”‘’《》（）\s的和与及等]/

/**
 * What acceptable() asks of the text around a match [s, e), worked out once for all its forms;
 * townshipEvidence only when asked (a township's stem under AFTER_PARENT asks it, most matches never do).
 */
type Around = { chained: boolean; functionStem: boolean; opensSentence: boolean; afterWord: boolean; leftOk: boolean; leftGlued: boolean; rightOk: boolean; countyEvidence: boolean; townshipEvidence: () => boolean; exactTok: string | null; suffixGlued: boolean; street: boolean; road: boolean }

// Tags of a proper name in the segmenter's words: a place (ns), a person (nr), a transliterated name (nrt), another
// proper noun (nz: 义乌/nz). Common words (资源/n, 合作/vn) have other tags.
const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nz'])
const OTHER_PROPER_TAGS = new Set(['nrt', 'nz'])
// Tags of a word that begins with a township's suffix the segmenter glued to what follows (散花|镇南/ns, 兰溪|镇金藤/x):
// a name or a guess, not a common word (幸福|乡村/n, 散花|镇长/n).
const GLUED_TAGS = new Set([...PROPER_TAGS, 'x'])

// Tags of a word that a place begins and that is still a name (新疆生产建设兵团/nt, 浦东机场/ns): not an idiom (长治久安/l),
// nor another proper noun (和平统一/nz, 三明治/nz, 大同世界/nz).
const NAME_RUN_TAGS = new Set(['ns', 'nt'])

/**
 * Whether a body's organ is written right after the match at [s, e) (朝阳区政协, 掇刀分局) and no organ is written whole
 * from its start (公安分局, 黄埔军校同学会: the short form is the organ's first word, no place before a body; 公安县 is no
 * place of 公安分局).
 */
export function organAfter(ctx: Pick<PlaceContext, 'organEndAt'>, text: string, s: number, e: number): boolean {
  return ctx.organEndAt(text, e) > 0 && !(ctx.organEndAt(text, s) > e)
}

// A list mark next to a county's short form (鼓楼、台江、晋安和仓山工委): the other items vouch for it.
const LIST_MARK = UnitSet.of([LIST_MARKS])

/**
 * Where the match sits among the segmenter's words. A mention must not begin or end inside a word
 * (和县 is no place in 县镇乡和县级部门, 长春市 none in 长春市民) unless the word is the place followed by
 * more (新疆生产建设兵团, 吉林省委), not an idiom or another word (长治久安, 和平统一, 三明治), or the word was cut across two places written one after the other
 * (广西北海 cut 广|西北|海).
 */
function around(text: string, t: Tokens, ctx: PlaceContext, s: number, e: number, prev: PlaceMention | undefined, childAt: (e: number) => boolean): Around {
  const chained = prev !== undefined && prev.end === s
  const word = ctx.after.longestAt(text, e)
  const organ = organAfter(ctx, text, s, e)
  // …nor is a word of place-words.tsv after it (分局 of 公安分局) or a list mark before it evidence for the county.
  const organWord = ctx.organEndAt(text, s) > e
  const startTok = t.list[t.at[s]!]
  const endTok = t.list[t.at[e - 1]!]
  const leftOk = canBegin(text, t, s, prev, ctx)
  // The first character ends an unknown word that the character before begins (驻村点|河夹镇 cut 点河|夹镇/x, 红色村遮浪街道
  // cut 村遮浪/x): the segmenter's guess across the name, not a word the name sits inside.
  const leftGlued = !leftOk && gluedBefore(text, t, s, ctx)
  const rightOk = e === text.length || !isHan(text.charCodeAt(e)) || t.isEnd[e] === 1 || organ || word !== undefined || AFTER_MARK.test(text.slice(e, e + 1)) || (endTok?.start === s && NAME_RUN_TAGS.has(endTok.pos)) || childAt(e)
  const listed = LIST_MARK.has(text.charCodeAt(s - 1)) || LIST_MARK.has(text.charCodeAt(e))
  const exactTok = startTok !== undefined && startTok.start === s && startTok.end === e ? startTok.pos : null
  // The last character begins a word that runs on past the match, the rest being whole words: 散花|镇南.
  const suffixGlued = e - s >= 3 && t.isStart[e - 1] === 1 && endTok !== undefined && endTok.end > e && GLUED_TAGS.has(endTok.pos)
  const street = ctx.streets.longestAt(text, e) !== undefined
  // A road's word after the match that begins no longer word of the segmenter's (河南|路约/x, 北京路/ns; not 河南|路径/n, 长沙|路上/s).
  const road = roadAt(text, t, ctx.roads, e)
  // The mention right before is a short form that is an ordinary word first (古城 of 古城区 in 运河古城文化风景区).
  const afterWord = chained && ctx.words.has(text.slice(prev!.start, prev!.end))
  // Asked once per match, not once per form: a stem shared by many townships (新华) has many forms.
  let township: boolean | undefined
  const townshipEvidence = () => (township ??= word?.values[0]!.township === true || closesTownshipList(text, e, ctx.townshipListEnds))
  // A county's official name whose stem is a word of the sentence, before a body's organ: 和县政协 may be 和 + 县政协.
  const functionStem = organ && e - s >= 2 && ctx.functionStems.has(text.slice(s, e - 1))
  const opensSentence = s === 0 || !(isHan(text.charCodeAt(s - 1)) || CLAUSE_MARK.has(text.charCodeAt(s - 1)))
  return { chained, functionStem, opensSentence, afterWord, leftOk, leftGlued, rightOk, countyEvidence: !organWord && (organ || word?.values[0]!.county === true || listed), townshipEvidence, exactTok, suffixGlued, street, road }
}

// How far a list of townships' stems may run on after one of them before the count that closes it, and the length of
// a stem in it (伏岭, 嘉兴科技城): a bounded look-ahead, so that each match costs the same whatever the text's length.
const TOWNSHIP_LIST_SPAN = 48
const STEM_MIN = 2
const STEM_MAX = 5

/**
 * Whether the list that a township's stem ends at `e` is closed by a count of townships (长安、伏岭、上庄、瀛洲等4个乡镇;
 * 瀛洲四镇): the writer gave the suffix once for all the stems. The items after `e` are any runs of Han characters of a
 * stem's length between list marks; the positions reachable that way are kept in one array of the span.
 */
function closesTownshipList(text: string, e: number, ends: PlaceContext['townshipListEnds']): boolean {
  const limit = Math.min(text.length, e + TOWNSHIP_LIST_SPAN)
  const reach = new Uint8Array(limit - e + 1)
  reach[0] = 1
  for (let p = e; p < limit; p++) {
    if (!reach[p - e]) continue
    if (countOfTownshipsAt(text, p, ends)) return true
    if (!LIST_MARK.has(text.charCodeAt(p))) continue
    for (let n = 1; n <= STEM_MAX && p + n < limit && isHan(text.charCodeAt(p + n)) && !LIST_MARK.has(text.charCodeAt(p + n)); n++) if (n >= STEM_MIN) reach[p + n + 1 - e] = 1
  }
  return false
}

/**
 * Where a count that closes a list begins at `p` (等4个乡镇, 四镇, 两县, 等县): whether the word before the count (等) is
 * written, whether numerals follow, and where the words after them begin.
 */
function countAt(text: string, p: number, ends: PlaceContext['townshipListEnds']): { lead: boolean; numbered: boolean; at: number } {
  const q = ends.before.longestAt(text, p)?.end ?? p
  let k = q
  while (k < text.length && ends.isNumeral(text.charCodeAt(k))) k++
  return { lead: q > p, numbered: k > q, at: k }
}

/**
 * Whether a count of townships begins at `p`: 等4个乡镇, 四镇, 两个街道; or, after 等 with no count, a word of the list's end
 * (三溪、简池、永乐等镇: 等 and the suffix given once for all the stems; data/township-list-ends.tsv, bare), the list's region
 * between them or not (等我县东部乡镇: between).
 */
function countOfTownshipsAt(text: string, p: number, ends: PlaceContext['townshipListEnds']): boolean {
  const c = countAt(text, p, ends)
  if (c.numbered) return ends.after.longestAt(text, c.at) !== undefined
  if (!c.lead) return false
  // …also with the county or a part of it between 等 and the word (文峰、山格、小溪、坂仔等我县东部乡镇).
  let at = c.at
  for (let n = 0; n < BETWEEN_WORDS && ends.bare.longestAt(text, at) === undefined; n++) at = ends.between.longestAt(text, at)?.end ?? at
  return ends.bare.longestAt(text, at) !== undefined
}

// How many words of a list's region may stand between 等 and the township word (我县 + 东部).
const BETWEEN_WORDS = 2

/**
 * Whether a count of counties begins at `p`, closing a list of their short forms: 两县, 等3个县, 三县区; and after 等 with no
 * number, the level word where it ends a word of the segmenter's (`wordEnds`: 峨边、马边等县调研; 等县级, 等县城, 等区域 close
 * no list, though other evidence may still vouch for its items).
 */
export function countOfCountiesAt(text: string, p: number, ends: PlaceContext['townshipListEnds'], wordEnds: Uint8Array): boolean {
  const c = countAt(text, p, ends)
  const w = c.numbered || c.lead ? ends.county.longestAt(text, c.at) : undefined
  return w !== undefined && (c.numbered || wordEnds[w.end] === 1)
}

/**
 * The word at `s` is an unknown word (x) that begins one character before: the segmenter's guess across a boundary; or a
 * name it guessed that a conjunction or preposition begins (和良渚/nr 街道 of …中心和良渚街道…): the character is the sentence's.
 */
function gluedBefore(text: string, t: Tokens, s: number, ctx: PlaceContext): boolean {
  const w = t.list[t.at[s]!]
  return w !== undefined && w.start === s - 1 && (w.pos === UNKNOWN_TAG || (GUESSED_NAME_TAGS.has(w.pos) && ctx.gluedBefore.has(text.charCodeAt(w.start))))
}

/**
 * Whether a mention may begin at `s`: at the text's start, after a character that is not Han, where a
 * word begins, right after the previous mention, or after a body's prefix that begins the word (中共 of
 * the one word 中共天津市委).
 */
function canBegin(text: string, t: Tokens, s: number, prev: PlaceMention | undefined, ctx: PlaceContext): boolean {
  if (s === 0 || !isHan(text.charCodeAt(s - 1)) || t.isStart[s] === 1 || (prev !== undefined && prev.end === s)) return true
  const w = t.list[t.at[s]!]
  return w !== undefined && w.start < s && ctx.prefixEndAt(text, w.start) === s
}

function acceptable(g: Gazetteer, f: Form, a: Around, prev: PlaceMention | undefined, childAfter: (d: Form['division']) => boolean): boolean {
  const parentBefore = a.chained && prev!.forms.some((p) => isAncestor(p.division, f.division))
  // The parent written right before vouches for a child the segmenter cut across (津南区海棠街|文德花园), and a
  // township's one-character suffix for its official name when the segmenter glued the suffix to the next word.
  const glued = a.suffixGlued && !f.short && f.division.level === 'township' && g.shortForms.isTownship(f.form.slice(-1))
  // A township's official name in full whose first character the segmenter glued to the one before (leftGlued).
  const leftOk = a.leftOk || (a.leftGlued && !f.short && f.division.level === 'township' && f.form.length >= 3 && g.shortForms.isTownship(f.form))
  if (!leftOk || (!a.rightOk && !parentBefore && !glued)) return false
  // A township's stem before 路, 大街 … names the street (北京市海淀区中关村大街1号), not the township.
  if (f.short && f.division.level === 'township' && a.street) return false
  // Any short form before a road's or a village's word names the road or village (河南路, 北京路, 宁夏村): neither is a place.
  if (f.short && a.road) return false
  // A township's stem of two characters (廊下 of 廊下镇) is a word as often as a name: a place only right after the
  // division right above it and where a word ends (金山廊下, 昆山千灯; not 上海张江 of a company, 鄂州花湖 of an airport), or
  // before a word that only a township takes (千灯古镇). A parent's short form that is an ordinary word first vouches for
  // none: two words that read on as a phrase (古城文化 of 古城区 and its 文化街道) are no town written after its county.
  if (f.rule === AFTER_PARENT) return (a.chained && !a.afterWord && a.rightOk && prev!.forms.some((p) => p.division === f.division.parent)) || (a.leftOk && a.townshipEvidence())
  // A county's name in full whose stem is a word of the sentence, before a body's organ (和县政协, 会同县委): the
  // county only after its parent or opening a sentence; else the page must vouch for it (stage.ts, as for a short form).
  if (!f.short && a.functionStem && f.division.level === 'county') return parentBefore || a.opensSentence
  // Official names made of a generic character and a suffix (城区, 郊区, 东区) are words but after their parent.
  if (!f.short) return g.shortForms.isGeneric(f.form) ? parentBefore : true
  // A county's short form (南康, 平顺, 朝阳, 义乌) is a place when the segmenter takes it for a proper name, a body follows, it is
  // listed with others (resolve.ts keeps it only where its parent is named), or its parent precedes, or
  // one of its townships follows (南康唐江镇, 越城北海街道). An autonomous county's stem with its suffix (屏边县, 金平县 of
  // 金平苗族瑶族傣族自治县) is taken as a name in full: the suffix marks it, whatever the segmenter makes of the stem.
  // Right after a prefecture city that does not hold it (厦门市湖滨中学: 湖滨 of 三门峡's 湖滨区), it is a local name inside
  // that city (a school's, a lake's), not the county: writers put a county after its own city. Not after a county (安岳大足石窟:
  // two neighbours' grottoes) nor a province (澳门越秀青联会: an association named after its members' home county).
  if (f.division.level === 'county' && a.chained && !parentBefore && prev!.forms.every((p) => p.division.level === 'prefecture')) return false
  if (f.division.level === 'county' && f.rule !== AUTONOMOUS_SHORT) return PROPER_TAGS.has(a.exactTok ?? '') || a.countyEvidence || parentBefore || childAfter(f.division)
  return true
}

/**
 * Whether the county names of `forms` end in a word of a city's counties (长沙县|区 of 长沙县区) and a shorter form names
 * a city (长沙): not where that word runs on into another (长沙县区域内).
 */
function countiesOfCity(text: string, t: Tokens, ctx: PlaceContext, end: number, forms: readonly Form[], shorter: readonly Form[]): boolean {
  const w = ctx.countiesOfCity.longestAt(text, end - 1)
  if (!w || !(w.end >= text.length || t.isEnd[w.end] === 1 || !isHan(text.charCodeAt(w.end)))) return false
  return forms.every((f) => f.division.level === 'county') && shorter.some((f) => f.division.level === 'prefecture')
}

/**
 * Every place mention: the longest acceptable form at each position, scanning left to right. `pending` receives the
 * counties' short forms turned down only for want of evidence around them (保康 not a proper name to the segmenter,
 * nothing after it): the page may vouch for them (see stage.ts).
 */
export function findPlaceMentions(text: string, tokens: Tokens, g: Gazetteer, ctx: PlaceContext, pending?: PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = []
  // Townships taken only as glued to the character before (leftGlued), with no word after them that only townships take.
  const glued = new Set<PlaceMention>()
  for (let i = 0; i < text.length; ) {
    // A mention inside a word of Han characters begins nowhere here (around's leftOk): no look-up.
    if (!canBegin(text, tokens, i, out[out.length - 1], ctx) && !gluedBefore(text, tokens, i, ctx)) { i++; continue }
    const matches = g.forms.matchesAt(text, i)
    let taken: PlaceMention | null = null
    for (let k = matches.length - 1; k >= 0 && !taken; k--) {
      const [end, forms] = matches[k]!
      // 长沙县区, 宜宾县区: the 县区 (counties and districts) of the city a shorter form names, not the county 长沙县.
      if (k > 0 && countiesOfCity(text, tokens, ctx, end, forms, matches[k - 1]![1])) continue
      const prev = out[out.length - 1]
      // A division of one of these forms written right after: 广西 before 北海.
      const childAt = (e: number) => g.forms.matchesAt(text, e).some(([, next]) => next.some((n) => forms.some((f) => isAncestor(f.division, n.division))))
      const a = around(text, tokens, ctx, i, end, prev, childAt)
      // …or a township the gazetteer does not know yet (越城蕺山街道): see unlisted.ts.
      // What follows the match is read once for all its forms (a short form many counties share asks for each).
      let following: ReturnType<Gazetteer['forms']['matchesAt']> | undefined
      let unlisted: boolean | undefined
      const childAfter = (d: Form['division']) => (following ??= g.forms.matchesAt(text, end)).some(([, next]) => next.some((n) => !n.short && isAncestor(d, n.division))) ||
        (d.level === 'county' && (unlisted ??= unlistedTownshipEnd(text, tokens, g, end) > 0))
      const ok = forms.filter((f) => acceptable(g, f, a, prev, childAfter))
      if (ok.length) {
        taken = placeMention(i, end, ok, null, ok.every((f) => f.short) ? ok[0]!.rule : 'gazetteer', { placeWord: a.exactTok === 'ns', properWord: PROPER_TAGS.has(a.exactTok ?? ''), otherProperWord: OTHER_PROPER_TAGS.has(a.exactTok ?? '') })
        if (!a.leftOk && !a.townshipEvidence()) glued.add(taken)
      }
      // Not a short form turned down for the road's, village's or river's word after it (澜沧|江 of 澜沧江/ns): no page vouches for it.
      else if (pending && k === matches.length - 1 && a.leftOk && a.rightOk && !a.road && !ctx.words.has(text.slice(i, end))) {
        const counties = forms.filter((f) => (f.short || a.functionStem) && f.division.level === 'county' && f.rule !== AFTER_PARENT)
        if (counties.length) pending.push(placeMention(i, end, counties, null, counties[0]!.rule))
      }
    }
    if (taken) { out.push(taken); i = taken.end } else i++
  }
  return glued.size ? withParents(out, glued) : out
}

/**
 * The mentions, each glued township kept only with the divisions its county or city names elsewhere on the page
 * (驻点岳峰镇 … 晋安区), as an unlisted township needs its county: else the glue is as likely a word's (东王村镇政府).
 */
function withParents(out: PlaceMention[], glued: ReadonlySet<PlaceMention>): PlaceMention[] {
  const named = new Set<Division>()
  for (const m of out) if (!glued.has(m)) for (const f of m.forms) if (f.division.level === 'county' || f.division.level === 'prefecture') named.add(f.division)
  const kept: PlaceMention[] = []
  for (const m of out) {
    if (!glued.has(m)) { kept.push(m); continue }
    const forms = m.forms.filter((f) => named.has(f.division.parent!) || named.has(f.division.parent?.parent!))
    if (forms.length) kept.push(forms.length === m.forms.length ? m : { ...m, forms })
  }
  return kept
}
