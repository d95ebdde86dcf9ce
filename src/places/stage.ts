import { defineStage } from '../pipeline/stage.js'
import { groupMentions, spanMaker } from '../spans/index.js'
import { abbreviationMentions, framed } from './abbreviations.js'
import { countOfCountiesAt, findPlaceMentions, organAfter } from './extract.js'
import { unlistedTownshipEnd, unlistedTownships } from './unlisted.js'
import { ENUMERATION_COMMA, LIST_MARKS } from '../text/grammar.js'
import type { Trie } from '../lexicon/trie.js'
import { countyName, resolvePlaces } from './resolve.js'
import { RARE_WORD_IDF } from '../segment/lexicon.js'
import type { Division, PlaceMention } from './types.js'
import { dropTitledNames, inWrittenName } from './titled-names.js'
import { ancestors, formerTwins, locates, type ByName } from './gazetteer.js'
import { AUTONOMOUS_SHORT, AUTONOMOUS_STEM } from './aliases.js'
import { isHan } from '../text/chars.js'
import { quotedItem, quoteEnd } from '../text/quoted.js'

/** Stage: place mentions resolved to divisions. */
export const placesStage = defineStage({
  name: 'places',
  needs: ['text', 'structure', 'tokens', 'english'],
  provides: ['placeMentions'],
  run(doc, res) {
    const text = doc.get('text')
    const structure = doc.get('structure')
    const pending: PlaceMention[] = []
    const found = findPlaceMentions(text.text, doc.get('tokens'), res.gazetteer, res.placeContext, pending)
    // Whether the page names a body of its own region by a relative word (区委, 县政协): the suffix of
    // the region's official name right before a body's organ.
    const t = text.text
    const speaksOf = speaker(t, res.placeContext)
    // Whether a mention is framed as a visit: a verb of travel as a word of its own before it, and the text's end, a
    // mark or a word of a visit after it (赴昆山考察, 来义乌，): data/abbreviation-context.tsv, column city.
    // A county's short form in a phrase of the page's own development (推动白云高质量发展, 作出建瓯贡献) or before a word of
    // its own media (川汇新闻, 宜都融媒, 云上通城讯: 云上 only in a dateline): data/own-region-phrases.tsv.
    const own = res.placeContext.ownPhrases
    // A slogan named after the place, in quotes (“平安南开”): data/slogan-words.txt; also an item of a quoted list of
    // slogans (“东北瓷都、中国牛县、山水法库”), the quotes closing the list.
    const slogan = (m: PlaceMention) => {
      const w = res.placeContext.slogans.longestEndingAt(t, m.start)
      return !!w && quotedItem(t, w.start, m.end)
    }
    // A slogan word also frames the page's own county as a word of position `before` does (为“绿色周至”添绿, 加快美丽周至发展:
    // dev 965, where the segmenter reads 周至 as a time word, no proper name): in quotes, or before a word of position `after`.
    const framedOwn = (m: PlaceMention) =>
      ((own.before.longestEndingAt(t, m.start) !== undefined || res.placeContext.slogans.longestEndingAt(t, m.start) !== undefined) && own.after.longestAt(t, m.end) !== undefined) ||
      slogan(m) || own.media.longestAt(t, m.end) !== undefined ||
      (own.mediaBefore.longestEndingAt(t, m.start) !== undefined && own.dateline.longestAt(t, m.end) !== undefined)
    // …of one county on the page: two counties so framed (川汇新闻, 白云新闻) leave the page's own one unknown.
    const ownNames = new Set<string>()
    for (const m of [...found, ...pending]) {
      const name = m.rule !== 'gazetteer' && framedOwn(m) ? countyName(m.forms) : null
      if (name) ownNames.add(name)
    }
    const ownPhrase = (m: PlaceMention) => ownNames.size === 1 && framedOwn(m)
    const ms = pending.length ? vouchedCounties(found, pending, speaksOf, ownPhrase) : found
    const tokens = doc.get('tokens')
    const city = res.placeContext.abbreviations.city
    // An item of a list of places joined by 、 is framed by the verb before the list's first item and the word after its
    // last (赴太原、大同等地开展调研: a visit to each).
    const atEnd = new Map(ms.map((m) => [m.end, m]))
    const atStart = new Map(ms.map((m) => [m.start, m]))
    const visited = (m: PlaceMention) => {
      let first = m
      for (let p; t.charCodeAt(first.start - 1) === ENUMERATION_COMMA && (p = atEnd.get(first.start - 1)); ) first = p
      let last = m
      for (let n; t.charCodeAt(last.end) === ENUMERATION_COMMA && (n = atStart.get(last.end + 1)); ) last = n
      return tokens.isStart[first.start - 1] === 1 && tokens.isStart[first.start] === 1 && tokens.isStart[m.start] === 1 && framed(city, t, first.start, last.end)
    }
    // A word the segmenter's corpus rarely uses (广水, not 江山): its inverse document frequency, unknown for the rarest.
    const idf = res.segmentation.lexicon.idf
    const rare = (m: PlaceMention) => (idf(t.slice(m.start, m.end)) ?? Infinity) >= RARE_WORD_IDF
    // A short form that is an ordinary word first (和平统一, 南湖红船): data/word-short-forms.txt.
    // An official name that is a word first (小城镇, 文化兴县) too.
    const ordinary = (m: PlaceMention) => m.rule !== 'alias:listed' && res.placeContext.words.has(t.slice(m.start, m.end))
    const bodyAfter = (m: PlaceMention) => organAfter(res.placeContext, t, m.start, m.end)
    // A word only places take right after (籍, 石刻): data/place-words.tsv, column county; also after a place written
    // right after it, the word being of both (安岳大足石窟: the grottoes of 安岳 and of 大足).
    const byStart = new Map(ms.map((m) => [m.start, m]))
    const wordAfter = (m: PlaceMention) => res.placeContext.after.longestAt(t, byStart.get(m.end)?.end ?? m.end)?.values[0]!.county === true
    const townAfter = (m: PlaceMention) => unlistedTownshipEnd(t, tokens, res.gazetteer, m.end) > 0
    // A name right before a zone's word names the zone (松山新区 of 锦州, no 松山区 of 赤峰): data/zone-words.txt.
    const zoneAfter = (m: PlaceMention) => res.placeContext.zones.longestAt(t, m.end) !== undefined
    // A county's short form that opens a clause and owns what follows (，上虞的整体影响力: own-region-phrases.tsv, owner);
    // not a name's end after a character (委员王武进的发言).
    const ownerAfter = (m: PlaceMention) => !isHan(t.charCodeAt(m.start - 1)) && own.owner.longestAt(t, m.end) !== undefined
    // A township's institution named from its stem right after (卫生院 of 白砂卫生院): data/place-words.tsv, column institution.
    const townWordAfter = (m: PlaceMention) => res.placeContext.after.longestAt(t, m.end)?.values[0]!.institution === true
    // A county learnt from or visited (借鉴桐庐经验, 赴桐庐考察): a verb of learning right before it (own-region-phrases.tsv,
    // learnt); 学习 (position study) only where a word of a model follows the short form or the quote after it
    // (学习浦江“五水共治”经验; not 要学习苍南“三农”发展新思路, the page's own county: position lesson). It stays a place the
    // page names (GUIDE.md) but is marked away below: not the page's own, so its relative bodies (县政协) take no region
    // from it (review r32). A word of a model alone is no such sign: a county sums up its own practice so (总结推广苍南“三农”经验).
    const learnt = (m: PlaceMention) => {
      if (own.learnt.longestEndingAt(t, m.start) !== undefined) return true
      if (own.study.longestEndingAt(t, m.start) === undefined) return false
      const q = quoteEnd(t, m.end)
      return own.lesson.longestAt(t, q < 0 ? m.end : q) !== undefined
    }
    resolvePlaces(t, structure, ms, speaksOf, visited, rare, ordinary, bodyAfter, wordAfter, townAfter, (e) => countOfCountiesAt(t, e, res.placeContext.townshipListEnds, tokens.isEnd), slogan, ownPhrase, zoneAfter, ownerAfter, townWordAfter, (e) => res.placeContext.listEnds.longestAt(t, e) !== undefined, speaker(t, res.placeContext, res.relativeChars))
    // A short form inside a person's name right after a title (部长杜永安, 处长葛晶晶) names no place, nor where the name is written again.
    if (ms.length) dropTitledNames(t, tokens, ms, res.persons)
    markAway(t, ms, res.placeContext.away)
    for (const m of ms) if (m.division?.level === 'county' && learnt(m)) m.away = true
    markSpots(t, ms, res.bodies.localEnds)
    const unlisted = unlistedTownships(t, tokens, res.gazetteer, ms)
    if (unlisted.length) ms.push(...unlisted)
    const abbreviations = abbreviationMentions(text.text, doc.get('tokens'), res.gazetteer, res.placeContext.lists, res.placeContext.abbreviations, ms, res.placeContext.roads)
    const english = doc.get('english').placeMentions
    const placeMentions = abbreviations.length || english.length || unlisted.length ? [...ms, ...abbreviations, ...english].sort((a, b) => a.start - b.start) : ms
    return { placeMentions }
  },
})

/**
 * The mentions with the counties' short forms the page vouches for put in (保康 on a page of 保康县, 门头沟 on one of
 * 门头沟区): the county named in full elsewhere on the page, or one of its townships (寺坪镇 … 保康), or its city
 * with a body of the county's level (县政协, 区委: the page's own county), or a phrase of the page's own development
 * around it on a page that speaks of its own region at that level and names no other (市政协 … 作出建瓯贡献). Each
 * such short form must name one county, or counties of one name.
 */
function vouchedCounties(ms: PlaceMention[], pending: PlaceMention[], speaksOf: (suffix: string) => boolean, ownPhrase: (m: PlaceMention) => boolean): PlaceMention[] {
  const counties = new Set<Division>()
  const cities = new Set<Division>()
  for (const m of ms) {
    // An autonomous prefecture's stem with 州 (红河州, 延边州) is a name of its own too.
    if (m.rule !== 'gazetteer' && m.rule !== AUTONOMOUS_SHORT) continue
    // Every division a name can mean (寺坪镇 of 保康县 or of 商南县): the short form must agree with one of them.
    for (const { division: d } of m.forms) {
      if (d.level === 'county') counties.add(d)
      else if (d.level === 'township' && d.parent) counties.add(d.parent)
      else if (d.level === 'prefecture') cities.add(d)
    }
  }
  // …or, for an autonomous county's stem (屏边 of 屏边苗族自治县), its prefecture named in full or by its own short form
  // (红河州 … 助力屏边高质量发展): the stem is a proper name that no common word shares, and the page is of that prefecture.
  const vouches = (d: Division, rule: string) => counties.has(d) || (d.parent !== null && cities.has(d.parent) && (rule === AUTONOMOUS_STEM || speaksOf(d.name.slice(-1))))
  const add: PlaceMention[] = []
  for (const p of pending) {
    const forms = p.forms.filter((f) => vouches(f.division, f.rule))
    if (forms.length === 0 && ownPhrase(p) && ownCounty(ms, p.forms, speaksOf)) add.push({ ...p, vouched: true })
    if (forms.length === 0 || new Set(forms.map((f) => f.division)).size !== 1) continue
    add.push({ ...p, forms, vouched: true })
  }
  if (!add.length) return ms
  // Both lists are in text order: one pass keeps the added mentions that overlap none found.
  const out: PlaceMention[] = []
  let k = 0
  for (const a of add) {
    while (k < ms.length && ms[k]!.end <= a.start) out.push(ms[k++]!)
    if ((k >= ms.length || ms[k]!.start >= a.end) && (out.length === 0 || out[out.length - 1]!.end <= a.start)) out.push(a)
  }
  while (k < ms.length) out.push(ms[k++]!)
  return out
}

/**
 * Whether the page names a body of its own region by a relative word of a suffix (区委, 县政协): the suffix right before
 * a body's organ. Asked per county mention, with a handful of suffixes: each answered once, not by a scan of the text per
 * mention.
 */
function speaker(t: string, ctx: { organEndAt(text: string, at: number): number }, levels = ''): (suffix: string) => boolean {
  const spoken = new Map<string, boolean>()
  return (suffix) => {
    let yes = spoken.get(suffix)
    if (yes === undefined) {
      yes = false
      // With `levels` (the relative words' level characters), not a suffix after another level (市县政协, 县区政协: several regions').
      for (let i = t.indexOf(suffix); i >= 0 && !yes; i = t.indexOf(suffix, i + 1)) yes = ctx.organEndAt(t, i + suffix.length) > 0 && !(i > 0 && levels.includes(t[i - 1]!))
      spoken.set(suffix, yes)
    }
    return yes
  }
}

/**
 * Stage: the places, one per division in order of first mention. A mention inside a person's name is none
 * (钟南平 names no 南平市, 陈金华 no 金华市): the persons stage weighed the name against the place; nor one inside
 * a further writing of a name found elsewhere on the page (黄山明主持会议 … 黄山明在会上).
 */
export const placeListStage = defineStage({
  name: 'place-list',
  needs: ['text', 'structure', 'placeMentions', 'names'],
  provides: ['places'],
  run(doc, res) {
    const text = doc.get('text')
    const names = doc.get('names')
    // Both lists are in text order: one pass over the names.
    let k = 0
    const inName = (m: PlaceMention) => {
      while (k < names.length && names[k]!.end <= m.start) k++
      return k < names.length && names[k]!.start <= m.start && m.end <= names[k]!.end
    }
    const t = text.text
    const written = new Set(names.map((n) => t.slice(n.start, n.end)))
    const mentions = doc.get('placeMentions').filter((m) => !inName(m) && !inWrittenName(t, written, m))
    const former = formerParents(mentions, speaker(t, res.placeContext), (n) => res.gazetteer.byName(n), res.relativeChars)
    const places = groupMentions(spanMaker(doc.input, text, doc.get('structure')), mentions, (m) => m.division, (m) => {
      const d = m.division!
      const parent = d.level === 'township' && d.parent ? former.get(d.parent) ?? d.parent.name : d.parent?.name ?? null
      return { name: d.name, level: d.level, code: d.code, parent, mentions: [], source: m.rule }
    })
    return { places }
  },
})

/**
 * The county that ended (data/former-divisions.tsv: 凤翔县, 金坛市) that a page written before the change names, by the county
 * of today of its stem and parent (凤翔区, 金坛区): the townships the page writes lay in the former county then, and their
 * parent is that one (凤翔县政协 … 横水镇 → 凤翔县; the gold of 432, 838, 945).
 */
function formerParents(mentions: readonly PlaceMention[], speaksOf: (suffix: string) => boolean, byName: ByName, suffixes: string): Map<Division, string> {
  const out = new Map<Division, string>()
  const formers = mentions.map((m) => m.division).filter((d): d is Division => d?.code === null && d.level === 'county')
  const stem = (d: Division) => d.name.slice(0, -1)
  // The suffixes of the divisions above townships the page names: a relative word of one of them may be theirs.
  const named = new Set(mentions.filter((m) => m.division && m.division.level !== 'township').map((m) => m.division!.name.slice(-1)))
  for (const m of mentions) {
    const p = m.division?.level === 'township' ? m.division.parent : null
    if (!p || p.code === null || out.has(p)) continue
    const f = formers.find((x) => x.parent === p.parent && stem(x) === stem(p)) ?? spokenFormer(p, speaksOf, named, byName, suffixes)
    if (f) out.set(p, f.name)
  }
  return out
}

/**
 * …or, where the page writes none, the former county of `p`'s stem and parent whose suffix the page speaks of its own
 * region by (县政协, 县委 on a page that writes only 菁华铺乡 of 宁乡市: 宁乡县 of before 2017; dev 948), not by `p`'s own
 * (市政协: today's 宁乡市), nor is that suffix another named division's (长沙县政协 … 县政协: 长沙县's words). `suffixes`: the
 * one-character relative words (data/relative-regions.tsv).
 */
function spokenFormer(p: Division, speaksOf: (suffix: string) => boolean, named: ReadonlySet<string>, byName: ByName, suffixes: string): Division | undefined {
  const own = p.name.slice(-1)
  if (p.level !== 'county' || speaksOf(own)) return undefined
  // A suffix a division above `p` bears is that one's (市政协 on a page of 萧山区's towns: 杭州市's, not the 萧山市 of before 2001).
  const found = [...suffixes].filter((s) => s !== own && !named.has(s) && speaksOf(s) && !ancestors(p).some((a) => a.name.endsWith(s)))
    .flatMap((s) => formerTwins(p, s, byName))
  return found.length === 1 ? found[0] : undefined
}

/**
 * Marks the places the page's people travel to: right after a verb of travel away (赴昆山市, 前往上海), and
 * those listed with such a place (前往上海、江苏等地; 赴浙江宁波嘉兴和江苏常州: written together, too). A province
 * written to locate the place inside it is travelled to, and so is that place (赴江苏省徐州市政协: both; a page's
 * people name their own province before no city of it). A city right after the verb that locates a place inside
 * it is neither (赴武汉市蔡甸区: the 市政协 that goes to a district of its own city is 武汉市's).
 */
function markAway(text: string, ms: PlaceMention[], away: Trie<true>): void {
  let last: PlaceMention | undefined
  // Whether `last` stands right after the verb (赴武汉市), not inside a place before it (赴湖北省武汉市).
  let first = false
  for (const m of ms) {
    if (!m.division) continue
    if (last?.away && locates(last, m)) {
      if (first && last.division!.level !== 'province') { last.away = false; last = undefined; continue }
      m.away = true
      last = m
      first = false
      continue
    }
    const listed = last !== undefined && (m.start === last.end || (m.start === last.end + 1 && LIST_MARKS.includes(text[last.end]!)))
    if (listed || away.longestEndingAt(text, m.start)) { m.away = true; first = !listed; last = m }
    else if (!last || m.start >= last.end) last = undefined
  }
}

// The longest name of a village or community written after the place it lies in (南顶子村), and the fewest
// characters before its last word (农村, 乡村 are no names).
const LOCAL_MAX = 6
const LOCAL_STEM_MIN = 2

/**
 * Marks the places written as where something smaller lies: right before a place inside them (武汉市蔡甸区) or
 * a village or community named after them (蛟河市南顶子村: data/local-places.txt).
 */
function markSpots(text: string, ms: PlaceMention[], localEnds: Trie<true>): void {
  ms.forEach((m, i) => {
    if (!m.division) return
    const next = ms[i + 1]
    if (locates(m, next)) { m.spot = true; return }
    for (let e = m.end + 1; e <= m.end + LOCAL_MAX && e <= text.length && isHan(text.charCodeAt(e - 1)); e++) {
      const local = localEnds.longestEndingAt(text, e)
      if (local && local.start - m.end >= LOCAL_STEM_MIN) { m.spot = true; return }
    }
  })
}

/**
 * Whether the divisions of `forms` share one name (白云区 of 广州 or of 贵阳) that ends in a suffix the page speaks of
 * its own region by (区政协, 市委) while no other division it names in full ends in it: the page's own county. Other
 * short forms are not yet resolved here (路桥 in 流沙河北六路桥 is no 路桥区).
 */
function ownCounty(ms: readonly PlaceMention[], forms: readonly { division: Division }[], speaksOf: (suffix: string) => boolean): boolean {
  const name = countyName(forms)
  if (!name) return false
  const suffix = name.slice(-1)
  if (!speaksOf(suffix)) return false
  for (const m of ms) {
    if (m.rule !== 'gazetteer') continue
    for (const { division: d } of m.forms) if (d.level !== 'township' && d.name !== name && d.name.endsWith(suffix)) return false
  }
  return true
}
