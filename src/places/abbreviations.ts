import type { Trie } from '../lexicon/trie.js'
import type { UnitSet } from '../text/chars.js'
import type { Tokens } from '../segment/tokens.js'
import { isHan } from '../text/chars.js'
import { CLOSING_QUOTES, LIST_MARKS, OPENING_QUOTES } from '../text/grammar.js'
import type { Gazetteer } from './gazetteer.js'
import { roadAt } from './roads.js'
import { placeMention, type Division, type Form, type PlaceMention } from './types.js'

/**
 * What stands around an abbreviation alone (data/abbreviation-context.tsv): verbs of travel or stay before it, the
 * words that end its phrase after; `city`: those of them that frame a county-level city's short name alone (赴昆山考察).
 */
export type AbbreviationContext = {
  before: UnitSet; after: Trie<true>; city: { before: UnitSet; after: Trie<true> }
  /** Points of the compass after an abbreviation that name a part of its province (鄂西北, 苏北, 渝东北). */
  compass: UnitSet
  /** Words after such a part that end its phrase (苏北地区, 豫南山区, 浙南一带): not 京东集团, 闽南文化. */
  region: Trie<true>
  /** Words after an abbreviation that make a platform named after its province (渝事好商量, “赣”事好商量). */
  brand: Trie<true>
  /** The abbreviation of Hong Kong or Macau with the words that name the deputies or members its region sends (港区全国政协委员). */
  members: Trie<true>
  /** Words that make 港区 right after them a port's zone (空港区, 保税港区); keys reversed. */
  port: Trie<true>
  /** Verbs of residence before a province's abbreviation (住宁, 驻宁). */
  seat: UnitSet
  /** The members of the national bodies a province sends, after such a verb and its abbreviation (住宁全国政协委员). */
  seated: Trie<true>
  /** The places whose short form a province's abbreviation also is, by its character (宁: 江苏省, 南京市): data/seat-other-places.tsv. */
  seatElsewhere: ReadonlyMap<number, ReadonlySet<string>>
  /** Phrases the last abbreviation of a list may begin, which close the list before it (皖港 + 新合作: 新 the adjective, no 新疆). */
  stop: Trie<true>
  /** An earlier member and the last abbreviation (甘新): a list whose earlier members all have such a pair with its last stays whole (甘青新合作). */
  kept: ReadonlySet<string>
}

/**
 * Whether the abbreviation at `s` names the province its members live in: a verb of `ctx.seat` right before it and a word
 * of `ctx.seated` right after (住宁全国政协委员, 驻宁全国政协委员: 宁夏, dev 1130, 1228), for any province's abbreviation,
 * a common character too, the verb a word's start (not 居住); not a bare 政协委员 after it (自治区住贵政协委员 are 贵港市's, dev 1294),
 * nor on a page that writes the other place the character is short for (江苏省驻宁全国政协委员: 南京's).
 */
const seatOf = (ctx: AbbreviationContext, text: string, tokens: Tokens, s: number, taken: readonly PlaceMention[]): boolean =>
  s > 0 && ctx.seat.has(text.charCodeAt(s - 1)) && tokens.isStart[s - 1] === 1 && ctx.seated.longestAt(text, s + 1) !== undefined && !writesElsewhere(ctx, text.charCodeAt(s), taken)

/**
 * Whether the page writes a place the abbreviation `unit` is also the short form of, or one inside it (江苏省, 南京市,
 * 玄武区 for 宁: data/seat-other-places.tsv): 驻宁 is then that place's usage, no province's.
 */
function writesElsewhere(ctx: AbbreviationContext, unit: number, taken: readonly PlaceMention[]): boolean {
  const others = ctx.seatElsewhere.get(unit)
  if (!others) return false
  for (const m of taken) for (let d = m.division; d; d = d.parent) if (others.has(d.name)) return true
  return false
}

/**
 * Whether an abbreviation at `s`, where a word begins, names a part of its province: one or two points of the
 * compass after it (鄂西北, 川西), then the text's end, a non-Han unit or a word of `ctx.region`.
 */
function compassPart(ctx: AbbreviationContext, text: string, tokens: Tokens, s: number): boolean {
  if (s > 0 && isHan(text.charCodeAt(s - 1)) && tokens.isStart[s] !== 1) return false
  let e = s + 1
  while (e < text.length && e - s <= 2 && ctx.compass.has(text.charCodeAt(e))) e++
  return e > s + 1 && (e === text.length || !isHan(text.charCodeAt(e)) || ctx.region.longestAt(text, e) !== undefined)
}

/**
 * Whether the abbreviation at `s`, where a word begins, names a platform after its province: a word of `ctx.brand`
 * right after it, or after the mark that closes it in quotes (渝事好商量, “赣”事好商量); or its deputies and members, a
 * word of `ctx.members` from it (港区全国政协委员, 澳区全国人大代表), not right after a place or a word of a port (郑州港区,
 * 保税港区: a port's zone; `placed`: whether a place covers that position).
 */
function brandName(ctx: AbbreviationContext, text: string, tokens: Tokens, s: number, placed: (at: number) => boolean): boolean {
  if (s > 0 && isHan(text.charCodeAt(s - 1)) && tokens.isStart[s] !== 1) return false
  const e = s + 1 < text.length && !isHan(text.charCodeAt(s + 1)) ? s + 2 : s + 1
  if (ctx.brand.longestAt(text, e) !== undefined) return true
  return ctx.members.longestAt(text, s) !== undefined && !(s > 0 && placed(s - 1)) && ctx.port.longestEndingAt(text, s) === undefined
}

/**
 * Whether text[s, e) stands framed as a visit or stay: a word of `ctx.before` right before it, and the text's end, a
 * non-Han unit or a word of `ctx.after` right after it (赴京举办, 来沪，, 赴昆山考察).
 */
export const framed = (ctx: { before: UnitSet; after: Trie<true> }, text: string, s: number, e: number): boolean =>
  s > 0 && ctx.before.has(text.charCodeAt(s - 1)) && (e === text.length || !isHan(text.charCodeAt(e)) || ctx.after.longestAt(text, e) !== undefined)

const ENUMERATION_MARK = LIST_MARKS[0]!

/**
 * What a word after a list of one-character places says they are: `province` (川渝两地, 粤港澳大湾区: data/abbreviation-lists.txt),
 * or `city`, a count of cities, of 市 (沪苏两市, 宜荆荆三市: data/city-count-words.txt).
 */
export type ListWord = 'province' | 'city'

/** Whether a word of lists begins at `at` that calls the list before it cities (沪苏两市), not provinces. */
const citiesCounted = (listWords: Trie<ListWord>, text: string, at: number): boolean => listWords.longestAt(text, at)?.values[0] === 'city'

/** Whether two to five abbreviations of distinct provinces begin at `s`, a word of lists right after them (川渝统筹, 川渝两地). */
function provinceListClosed(g: Gazetteer, listWords: Trie<ListWord>, text: string, s: number): boolean {
  const seen = new Set<Division>()
  let j = s
  while (j < text.length && j - s < 5) {
    const b = g.abbreviations.get(text.charCodeAt(j))
    if (!b || seen.has(b.division)) break
    seen.add(b.division)
    j++
  }
  return j - s >= 2 && listWords.longestAt(text, j) !== undefined
}

/** The rule of a province in a list of abbreviations (港澳台侨, 川渝): named among others, never the page's own. */
export const LIST_RULE = 'alias:abbreviation-list'
/** The rule of a city in a list of cities written one character each (长株潭, 泸永江): one word, whatever the cities' levels. */
export const CITY_LIST_RULE = 'alias:city-list'

const mention = (division: Division, text: string, start: number, rule: string): PlaceMention => {
  const form: Form = { division, form: text[start]!, short: true, rule }
  return placeMention(start, start + 1, [form], division, rule)
}

/**
 * The places the provinces' abbreviations at `at` name in a list: their provinces, or, in a list that a count of cities
 * closes (`counted`: 沪苏两市), the cities they stand for (沪 → 上海市, 苏 → 苏州市: Gazetteer.provinceCharCities), where every
 * one of them has one; else still the provinces (浙苏两市, 鄂湘两市: 浙 and 湘 name no city; review r32).
 */
function abbreviationsInList(g: Gazetteer, text: string, at: readonly number[], counted: boolean, out: PlaceMention[]): void {
  const cities = counted && at.every((k) => g.provinceCharCities.has(text.charCodeAt(k)))
  for (const k of at) {
    const unit = text.charCodeAt(k)
    out.push(mention(cities ? g.provinceCharCities.get(unit)! : g.abbreviations.get(unit)!.division, text, k, cities ? CITY_LIST_RULE : LIST_RULE))
  }
}

/**
 * One-character province abbreviations (data/province-abbreviations.tsv) where they cannot be anything
 * else: alone right after a verb of travel or stay (赴京举办, 来沪) or before a point of the compass (鄂西北, 苏北地区); any of them
 * before the name of a platform named after it (渝事好商量, “赣”事好商量); in a list of two to five, as one word of
 * jieba's dictionary or before a word of such lists (川渝两地, 粤港澳大湾区, 京津冀协同, data/abbreviation-lists.txt), or of
 * three or more from a word's start to a word's end (晋陕豫黄河金三角, 浙皖闽赣生态旅游协作区).
 * Lists of cities written one character each (长株潭, 苏锡常: data/city-lists.tsv) where a word begins; a city's own
 * abbreviation alone after a verb of travel or stay (来甬考察: data/city-abbreviations.tsv).
 */
export function abbreviationMentions(text: string, tokens: Tokens, g: Gazetteer, listWords: Trie<ListWord>, context: AbbreviationContext, taken: PlaceMention[], roads: Trie<true>): PlaceMention[] {
  const covered = new Uint8Array(text.length + 1)
  for (const m of taken) covered.fill(1, m.start, m.end)
  const out: PlaceMention[] = []
  // The list mark after the last city list read (万达开、): a city list right after it is listed with it.
  let listEnd = -1
  for (let i = 0; i < text.length; i++) {
    if (covered[i]) continue
    // A list of cities (长株潭, 苏锡常) where a word begins: each character names its city.
    const cities = i === 0 || !isHan(text.charCodeAt(i - 1)) || tokens.isStart[i] === 1 ? g.cityLists.longestAt(text, i) : undefined
    // A list marked framed (its last character begins common words: 万达开发, 合广长江) names its cities only before a
    // word of lists (泸永江融合, 宜荆荆都市圈) or a list of provinces' abbreviations closed by one (万达开川渝统筹): one
    // abbreviation alone begins common words (万达开新店, 万达开新一轮, 万达开港澳台游客).
    // …or set in quotes whole (“万达开”统筹), or listed with another city list (万达开、泸永江等: 、 between them).
    // …but not a quoted name of a venue or a road (“万达开”广场, “泸永江”大道: data/road-words.txt), a brand's, not the cities';
    // a word that begins a longer word is none (“万达开”路径, 路网: roadAt; review r32).
    const quoted = cities && OPENING_QUOTES.includes(text[i - 1] ?? ' ') && CLOSING_QUOTES.includes(text[cities.end] ?? ' ') && !roadAt(text, tokens, roads, cities.end + 1)
    const listed = cities && ((text[cities.end] === ENUMERATION_MARK && g.cityLists.longestAt(text, cities.end + 1) !== undefined) || (i > 0 && i - 1 === listEnd))
    if (cities && g.framedCityLists.has(text.slice(i, cities.end)) && !quoted && !listed && !listWords.longestAt(text, cities.end) && !provinceListClosed(g, listWords, text, cities.end)) continue
    if (cities && !covered.subarray(i, cities.end).includes(1)) {
      // (A loop, not a callback: one that captured `i` would make a context at every position of the text.)
      const named = cities.values[0]!
      for (let k = 0; k < named.length; k++) out.push(mention(named[k]!, text, i + k, CITY_LIST_RULE))
      if (text[cities.end] === ENUMERATION_MARK) listEnd = cities.end
      // …and the province abbreviations that extend it, before a word of lists (江浙沪皖四地: 皖 too).
      const seen = new Set<Division>(cities.values[0]!)
      let j = cities.end
      while (j < text.length && j - i < 6 && !covered[j]) {
        const b = g.abbreviations.get(text.charCodeAt(j))
        if (!b || seen.has(b.division)) break
        seen.add(b.division)
        j++
      }
      if (j > cities.end && listWords.longestAt(text, j)) {
        const at: number[] = []
        for (let k = cities.end; k < j; k++) at.push(k)
        abbreviationsInList(g, text, at, citiesCounted(listWords, text, j), out)
        i = j - 1
      } else i = cities.end - 1
      continue
    }
    // Most characters are no abbreviation: neither a list nor one alone begins there.
    if (!g.abbreviationUnits.has(text.charCodeAt(i))) continue
    const a = g.abbreviations.get(text.charCodeAt(i))
    // A city's one-character abbreviation names it only alone, framed as a visit or stay (来甬考察, 在穗举行) and closed by a
    // word of a visit, not by 后 or 的 (赴杭后 is 赴杭锦后旗): never in a list of provinces' (苏杭 is 苏州 and 杭州, not 江苏).
    if (!a) {
      const city = g.cityAbbreviations.get(text.charCodeAt(i))!
      if (framed({ before: context.before, after: context.city.after }, text, i, i + 1)) out.push(mention(city, text, i, 'alias:abbreviation'))
      continue
    }
    // A list: two to five abbreviations of distinct provinces, written together (湘鄂赣) or set apart by 、 (湘、鄂、赣).
    let j = i + 1
    const at = [i]
    const seen = new Set<Division>([a.division])
    let marked: boolean | undefined
    while (at.length < 5 && j < text.length) {
      const mark = text[j] === ENUMERATION_MARK
      // …all one way: 湘、鄂、赣 or 湘鄂赣.
      if (marked !== undefined && mark !== marked) break
      const k = mark ? j + 1 : j
      if (k >= text.length || covered[k]) break
      const b = g.abbreviations.get(text.charCodeAt(k))
      if (!b || seen.has(b.division)) break
      marked = mark
      seen.add(b.division)
      at.push(k)
      j = k + 1
    }
    // The last abbreviation may begin the word of lists itself (川陕苏区, 湘鄂赣苏区: 苏 of 苏区, no 江苏): the list ends before it.
    // …a word that ends where a word of the segmenter's does: 苏区域 is 苏|区域 (浙沪苏区域).
    const own = !marked && at.length >= 3 ? listWords.longestAt(text, at[at.length - 1]!) : undefined
    if (own !== undefined && tokens.isEnd[own.end] === 1) j = at.pop()!
    // …or begin a phrase of its own that closes the list (皖港 + 新合作, 川渝 + 新发展: 新 the adjective, no 新疆), where two or
    // more remain (甘新合作 is 甘肃's and 新疆's).
    // …but not a fixed set of which the last is a member (甘青新合作, 陕甘宁青新合作: the north-west's, 新疆 in it).
    const last = text[at[at.length - 1]!]!
    const stopped = !marked && at.length >= 3 && context.stop.longestAt(text, at[at.length - 1]!) !== undefined && !at.slice(0, -1).every((k) => context.kept.has(text[k]! + last))
    if (stopped) j = at.pop()!
    if (at.length >= 2) {
      // A word of the dictionary (川渝 is not one, 京津冀 and 粤港澳 are); the HMM's guesses do not count (政协吉云平台).
      // …not where a road's, a village's or a river's word follows: the word names that road, village or river (青云村,
      // data/village-words.txt), as a short form does (extract.ts). A longer word that such a character begins is none (京津|路网).
      const wholeWord = !marked && tokens.isStart[i] === 1 && tokens.isEnd[j] === 1 && tokens.at[i] === tokens.at[j - 1] && tokens.list[tokens.at[i]!]!.pos !== 'x' && !roadAt(text, tokens, roads, j)
      const before = i === 0 || !isHan(text.charCodeAt(i - 1)) || tokens.isStart[i] === 1
      // …or three or more written together from a word's start to a word's end (晋陕豫, 浙皖闽赣): no ordinary word is one.
      // A person's name the segmenter read as one (吉青云) is none.
      const oneName = tokens.isStart[i] === 1 && tokens.at[i] === tokens.at[j - 1] && tokens.list[tokens.at[i]!]!.pos.startsWith('nr')
      const long = !marked && at.length >= 3 && before && !oneName && (j === text.length || !isHan(text.charCodeAt(j)) || tokens.isEnd[j] === 1)
      if (wholeWord || long || (before && (stopped || listWords.longestAt(text, j)))) {
        abbreviationsInList(g, text, at, citiesCounted(listWords, text, j), out)
        i = j - 1
        continue
      }
    }
    if ((a.alone && (framed(context, text, i, i + 1) || compassPart(context, text, tokens, i))) || brandName(context, text, tokens, i, (k) => covered[k] === 1) || seatOf(context, text, tokens, i, taken)) out.push(mention(a.division, text, i, 'alias:abbreviation'))
  }
  return out
}
