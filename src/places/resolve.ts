import { articleAt, type Structure } from '../structure/types.js'
import { isHan, UnitSet } from '../text/chars.js'
import { CONJUNCTIONS, LIST_MARKS } from '../text/grammar.js'
import { AFTER_PARENT, AUTONOMOUS_SHORT, ETHNIC_SHORT } from './aliases.js'
import { Anchors } from './anchors.js'
import { ancestors, isAncestor, locates, provinceOf } from './gazetteer.js'
import type { Division, PlaceMention } from './types.js'

const LEVEL_PRIOR: Record<string, number> = { province: 0.4, prefecture: 0.3, county: 0.1, township: 0 }

/**
 * A division without a code ended (data/former-divisions.tsv; the two counties set up in 2024 share no form with
 * another): where nothing on the page tells, a short form names the division of today whatever the levels (到莱芜调研:
 * 济南's 莱芜区, not the 莱芜市 of before 2019); its full name, or its parent, written on the page outweighs this.
 */
const ENDED_PRIOR = -0.25

/**
 * The county of today of the same stem (广德市) where `d`, a county that ended (广德县), is the one a short form names: on a
 * page that speaks of its own region by `d`'s suffix and not by the other's (广德新闻网 … 县政协, 县委: 广德县 of before 2019;
 * the gold of 831 宁乡县 and 1052 广德县), written before the change, when the county had that name. Not where another
 * division the page names bears that suffix (杭州市政协 … 萧山: the 市 words are 杭州市's).
 */
function spokenTwin(d: Division, divs: readonly Division[], ownSuffix: (suffix: string) => boolean, speaksOf: (suffix: string) => boolean): Division | undefined {
  if (d.level !== 'county') return undefined
  const stem = d.name.slice(0, -1)
  const suffix = d.name.slice(-1)
  const today = divs.find((x) => x.code !== null && x.level === 'county' && x.parent === d.parent && x.name.slice(0, -1) === stem && x.name.slice(-1) !== suffix)
  return today !== undefined && ownSuffix(suffix) && !speaksOf(today.name.slice(-1)) ? today : undefined
}

/**
 * A division whose official name the form is outranks one it only abbreviates, where all else is even: 学院街道 is
 * the street of that name, not 海淀's 学院路街道 written short (aliases.ts), unless the page names 海淀区.
 */
const OFFICIAL_PRIOR = 0.01

/**
 * A district of a municipality (上海's 宝山区, 北京's 朝阳区, 天津's 和平区) outranks a district or county of the same name in a
 * prefecture city where nothing on the page tells them apart: it ranks with a prefecture city, and more pages write it.
 */
const MUNICIPAL_PRIOR = 0.005

const isListMark = (between: string) => between.length === 1 && LIST_MARKS.includes(between)
const CONJUNCTION = UnitSet.of([CONJUNCTIONS])

/**
 * A name of two characters that begins with a conjunction right after another word (会议和县政协, 市政协和县政协) reads as
 * well as the conjunction and a relative word (和 县政协) as the division (和县): it is doubtful. A longer name is no
 * conjunction and a word (到和田市, 赴和林格尔县, 到和静县: no 田市, 静县 is written alone).
 */
const doubtful = (text: string, m: PlaceMention) => m.end - m.start === 2 && m.start > 0 && CONJUNCTION.has(text.charCodeAt(m.start)) && isHan(text.charCodeAt(m.start - 1))

/** Neighbours of a mention in an enumeration (长春、吉林、四平): mentions joined to it by 、 or 和/与/及. */
function listNeighbours(text: string, ms: PlaceMention[], i: number): PlaceMention[] {
  const out: PlaceMention[] = []
  for (let k = i - 1; k >= 0 && isListMark(text.slice(ms[k]!.end, ms[k + 1]!.start)); k--) out.push(ms[k]!)
  for (let k = i + 1; k < ms.length && isListMark(text.slice(ms[k - 1]!.end, ms[k]!.start)); k++) out.push(ms[k]!)
  return out
}

/**
 * What each other name of the page that may be a township of the same county weighs for a township candidate where
 * no name is sure (前进街道、车站街道、涧河街道: each of several districts, only 湖滨区 has all three): less than an
 * anchor sibling in the article (anchors.ts), so a place the page writes for sure still decides.
 */
const CO_TOWNSHIP = 0.25

/**
 * For each county, how many names of the page's unresolved mentions may be one of its townships: the towns a county page
 * names are its own, so names that many counties share agree on the one that holds them all.
 */
function coTownships(text: string, ms: readonly PlaceMention[]): Map<Division, Set<string>> {
  const out = new Map<Division, Set<string>>()
  for (const m of ms) {
    if (m.division) continue
    const name = text.slice(m.start, m.end)
    for (const f of m.forms) {
      const p = f.division.level === 'township' ? f.division.parent : null
      if (!p) continue
      let names = out.get(p)
      if (!names) out.set(p, (names = new Set()))
      names.add(name)
    }
  }
  return out
}

/** What a name's one writing after a division above it weighs for its other writings: less than a list's neighbour. */
const PINNED = 50

/**
 * The names of several divisions that the page writes once right after a division above just one of them
 * (鼓楼区政协… 福州市鼓楼区政协与江苏省昆山市政协…): the writer gave the chain once, and the name written bare
 * elsewhere on the page is the same division, not one of the province another place brings in (江苏省 → 南京's
 * 鼓楼区). A name pinned to two divisions (南京市鼓楼区 and 福州市鼓楼区 on one page) is left to the other evidence.
 */
function pinnedNames(text: string, ms: readonly PlaceMention[]): Map<string, Division | null> {
  const out = new Map<string, Division | null>()
  ms.forEach((m, i) => {
    const prev = ms[i - 1]
    if (!prev || prev.end !== m.start || !prev.division) return
    const divs = uniq(m.forms.map((f) => f.division))
    const under = divs.filter((d) => isAncestor(prev.division!, d))
    if (divs.length < 2 || under.length !== 1) return
    const name = text.slice(m.start, m.end)
    out.set(name, out.has(name) && out.get(name) !== under[0]! ? null : under[0]!)
  })
  return out
}

/**
 * Resolves each mention to one division, never by first match: the enclosing mention written right
 * before it (长春市朝阳区), the levels of the other items of a list (长春、吉林、四平 → 吉林市), and the
 * places the article and the page mention unambiguously (weighted by closeness), then the level prior.
 */
export function resolvePlaces(
  text: string, structure: Structure, ms: PlaceMention[], speaksOf: (suffix: string) => boolean = () => false, visited: (m: PlaceMention) => boolean = () => false,
  rare: (m: PlaceMention) => boolean = () => false, ordinary: (m: PlaceMention) => boolean = () => false,
  bodyAfter: (m: PlaceMention) => boolean = () => false, wordAfter: (m: PlaceMention) => boolean = () => false,
  townAfter: (m: PlaceMention) => boolean = () => false, countyCountAt: (e: number) => boolean = () => false,
  slogan: (m: PlaceMention) => boolean = () => false, ownPhrase: (m: PlaceMention) => boolean = () => false,
  zoneAfter: (m: PlaceMention) => boolean = () => false, ownerAfter: (m: PlaceMention) => boolean = () => false,
  townWordAfter: (m: PlaceMention) => boolean = () => false, listClosedAt: (e: number) => boolean = () => false,
  speaksAlone: (suffix: string) => boolean = speaksOf,
): void {
  for (const m of ms) {
    const divs = uniq(m.forms.map((f) => f.division))
    if (divs.length === 1 && !ethnicShortOnly(m, divs[0]!)) m.division = divs[0]!
  }
  const anchors = new Anchors(structure, ms.filter((m) => m.division))
  // The same without the short forms of counties (竹山): a township they chose (城关镇 of 竹山县, of 88 counties) must not
  // vouch for them in turn (countiesOfTownships). A page with no such short form resolved has no other reading to try.
  const shortForms = ms.some((m) => m.division && countyShortForm(m))
  const plain = shortForms ? new Anchors(structure, ms.filter((m) => m.division && !countyShortForm(m))) : anchors
  const chosenByShortForm = new Map<PlaceMention, Division | null>()
  const pinned = pinnedNames(text, ms)
  const co = coTownships(text, ms)
  // The suffixes of the divisions above townships the page names for sure: a relative word of one of them may be theirs.
  const namedSuffixes = new Set(ms.filter((m) => m.division && m.division.level !== 'township').map((m) => m.division!.name.slice(-1)))
  const ownSuffix = (suffix: string) => speaksOf(suffix) && !namedSuffixes.has(suffix)
  ms.forEach((m, i) => {
    if (m.division) return
    // An ethnic township's short form (二龙乡 of 二龙回族乡) is a candidate only where the page names its county: the
    // writer who means it names the county; a province alone (安徽省二龙乡) or another county is no support.
    const divs = uniq(m.forms.map((f) => f.division)).filter((d) => !ethnicShortOnly(m, d) || anchors.names(d.parent))
    if (!divs.length) return
    const prev = ms[i - 1]
    const art = articleAt(structure, m.start)
    const neighbours = listNeighbours(text, ms, i)
    const cityBody = provinceCityBody(m, divs, speaksOf, bodyAfter)
    const choose = (by: Anchors): Division | null => {
      let best: Division | null = null
      let bestScore = -Infinity
      for (const d of divs) {
        const twin = d.code === null ? spokenTwin(d, divs, ownSuffix, speaksOf) : undefined
        let score = (LEVEL_PRIOR[d.level] ?? 0) + (d.code === null && !twin ? ENDED_PRIOR : 0) + (m.forms.some((f) => f.division === d && !f.short) ? OFFICIAL_PRIOR : 0) + (d.level === 'county' && d.parent?.level === 'province' ? MUNICIPAL_PRIOR : 0)
        if (prev && prev.end === m.start && prev.division && isAncestor(prev.division, d)) score += 100
        // The same name written elsewhere on the page right after a division above it (福州市鼓楼区) is that one.
        if (pinned.get(text.slice(m.start, m.end)) === d) score += PINNED
        // Other unsure names of the page that may be townships of the same county (湖滨区's 前进街道 and 车站街道 beside 涧河街道).
        const others = d.level === 'township' && d.parent ? co.get(d.parent) : undefined
        if (others) score += CO_TOWNSHIP * (others.size - (others.has(text.slice(m.start, m.end)) ? 1 : 0))
        // A stem a province shares with a division inside it names the province: writers write the other in
        // full to tell them apart (推动吉林全面振兴 … 吉林市); only a list of its siblings (长春、吉林、四平) makes it the other.
        // So does the stem it shares with a township elsewhere whose county the page does not name (上海 beside 福州's
        // 上海街道 on a page of 福建省): the province around that township is no support for its stem.
        // Not so before a body's organ on a page that speaks of its own region by the city's suffix and never by the
        // province's (来源: 吉林政协 … 市政协: 吉林市政协's site, dev 1009): that body is the city's.
        if (d.level === 'province' && !cityBody && divs.some((x) => x !== d && (isAncestor(d, x) || (x.level === 'township' && !by.names(x.parent))))) score += 50
        if (cityBody === d) score += 50
        // Listed beside divisions of its level, a name is of that level (长春、吉林、四平); beside divisions inside it, a city
        // is listed with its counties (喀什、莎车、泽普 → 喀什地区), not so a province (长春、吉林 is no 吉林省). The county
        // that shares its city's stem (喀什市, 乌鲁木齐县) is listed only beside its siblings: its city's stem alone names the city.
        const seat = d.level === 'county' && divs.some((x) => x !== d && isAncestor(x, d))
        for (const n of neighbours) {
          if (d.level !== 'province' && n.forms.some((f) => isAncestor(d, f.division))) score += 100
          else if (seat ? n.forms.some((f) => f.division.parent === d.parent) : n.forms.some((f) => f.division.level === d.level)) score += 100
        }
        score += by.support(d, art)
        // The townships written lay in the former county then (卢村乡 of 广德县): its twin's support is its own, and a little more.
        if (twin) score += by.support(twin, art) + OFFICIAL_PRIOR
        // Same province as an anchor: weak evidence for duplicate county/township names.
        const prov = ancestors(d).at(-1)
        if (prov && by.provinces.has(prov)) score += 0.2
        if (score > bestScore) { bestScore = score; best = d }
      }
      return best
    }
    m.division = choose(anchors)
    const alone = m.division?.level === 'township' && plain !== anchors ? choose(plain) : m.division
    if (alone !== m.division) chosenByShortForm.set(m, alone)
  })
  townshipStems(text, ms)
  const was = ms.map((m) => m.division)
  dropUnsupported(ms, speaksOf, (m) => doubtful(text, m), visited, rare, ordinary, bodyAfter, wordAfter, townAfter, slogan, (m) => chosenByShortForm.has(m), ownPhrase, zoneAfter, ownerAfter, townWordAfter, speaksAlone, (m) => !isHan(text.charCodeAt(m.end)))
  keepListedSiblings(text, ms, was, (m) => doubtful(text, m) || ordinary(m), countyCountAt, listClosedAt)
  // A township a county's short form chose is resolved again without it where that short form did not stay a place.
  const kept = new Set(ms.map((m) => m.division))
  for (const [m, alone] of chosenByShortForm) if (m.division && !ancestors(m.division).some((a) => kept.has(a))) m.division = alone
}

/**
 * The one city of a stem it shares with the province around it (吉林: 吉林市 in 吉林省) that a mention before a body's organ
 * names (吉林政协) on a page that speaks of its own region by the city's suffix (市政协) and never by the province's: the
 * page's own body is the city's, not the province's (dev 1009). Else undefined.
 */
function provinceCityBody(m: PlaceMention, divs: readonly Division[], speaksOf: (suffix: string) => boolean, bodyAfter: (m: PlaceMention) => boolean): Division | undefined {
  const provinces = divs.filter((d) => d.level === 'province')
  if (provinces.length !== 1 || speaksOf(provinces[0]!.name.slice(-1))) return undefined
  const cities = divs.filter((d) => d.level === 'prefecture' && d.parent === provinces[0] && speaksOf(d.name.slice(-1)))
  return cities.length === 1 && bodyAfter(m) ? cities[0] : undefined
}

/**
 * A county's short form that begins the full name of a township the page names (新安镇 … 立足新安、跳出新安; 新安 also
 * the short form of 新安县) means that township: a county page names its towns in full first, then by their stem.
 */
function townshipStems(text: string, ms: PlaceMention[]): void {
  const towns = ms.filter((m) => m.rule === 'gazetteer' && m.division?.level === 'township').map((m) => m.division!)
  if (!towns.length) return
  for (const m of ms) {
    if (m.rule === 'gazetteer' || m.division?.level !== 'county') continue
    const stem = text.slice(m.start, m.end)
    const town = towns.find((d) => d.name.length > stem.length && d.name.startsWith(stem) && !isAncestor(m.division!, d))
    if (town) m.division = town
  }
}

// How many counties of one parent a list must name together to vouch for each other without their city.
const MANY_SIBLINGS = 3

/**
 * Short forms listed beside siblings keep their place: county-level cities beside one that stays a place (赴义乌、永康、
 * 东阳, 义乌 a visit; 赴石狮、南安), any county beside such a sibling that is no doubtful or ordinary word (到邓州、唐河), and any county-level short forms listed together, all of one parent, on a page that
 * names another of its children in full (永川区政协到江津、綦江、荣昌): writers list the divisions of one city short.
 */
function keepListedSiblings(text: string, ms: PlaceMention[], was: ReadonlyArray<Division | null>, excluded: (m: PlaceMention) => boolean, countyCountAt: (e: number) => boolean, listClosedAt: (e: number) => boolean): void {
  const fullParents = new Set(ms.filter((m) => m.rule === 'gazetteer' && m.division).map((m) => m.division!.parent))
  const index = new Map(ms.map((m, i) => [m, i]))
  for (let changed = true; changed; ) {
    changed = false
    ms.forEach((m, i) => {
      const d = was[i]
      if (m.division || !d || d.level !== 'county' || excluded(m)) return
      const neighbours = listNeighbours(text, ms, i)
      // …and any county listed beside a sibling that stays a place and is no doubtful word (到邓州、唐河调研; 到唐河、新野、社旗三县).
      const cityBeside = neighbours.some((n) => n.division && n.division !== d && n.division.level === 'county' && n.division.parent === d.parent && ((isCountyCity(d) && isCountyCity(n.division)) || !excluded(n)))
      const siblingsListed = d.parent !== null && fullParents.has(d.parent) && neighbours.length > 0 && neighbours.every((n) => was[index.get(n)!]?.parent === d.parent)
      // …or three or more counties of one parent listed together, none a doubtful or ordinary word (莎车、泽普、叶城): so many
      // siblings side by side are no chance of the words, whether or not the page names their city.
      const manySiblings = d.parent !== null && neighbours.filter((n) => was[index.get(n)!]?.parent === d.parent && !excluded(n)).length >= MANY_SIBLINGS - 1
      // …or counties of any parents listed and closed by a count of counties (仁寿、井研两县; 宁海、象山等3个县): the writer
      // gave the suffix once for all of them.
      const listEnd = Math.max(m.end, ...neighbours.map((n) => n.end))
      const counted = neighbours.length > 0 && neighbours.every((n) => was[index.get(n)!]?.level === 'county') && countyCountAt(listEnd)
      // …or a county's short form listed beside a prefecture of its own province, every item staying a place: a county-level
      // city so (甘肃省兰州、敦煌和新疆: written as prefectures are), any county where a word of places closes the list
      // (贵州、清远、徐闻等地: data/place-list-ends.txt).
      // …the other items staying places, or themselves such short forms of the same province, none a doubtful or ordinary
      // word (兰州、敦煌、玉门等地: 敦煌 and 玉门 vouch for each other beside 兰州).
      const province = provinceOf(d)
      const sameProvince = (n: PlaceMention) => { const w = was[index.get(n)!]; return w?.level === 'county' && provinceOf(w) === province && !excluded(n) }
      const prefectureBeside = neighbours.length > 0 && neighbours.every((n) => n.division || sameProvince(n)) &&
        neighbours.some((n) => n.division?.level === 'prefecture' && provinceOf(n.division) === province)
      const besidePrefecture = prefectureBeside && (isCountyCity(d) || listClosedAt(listEnd))
      if (!cityBeside && !siblingsListed && !manySiblings && !counted && !besidePrefecture) return
      m.division = d
      changed = true
    })
  }
}

/**
 * A short form of a county or township (惠民, 会同, 同心, 金山 are also words) stays a place only with
 * support: its parent written right before it, one of its divisions written in full or by its short stem right after
 * it (南康唐江镇, 金山廊下), or its parent division or its own full name mentioned
 * elsewhere on the page (for a county-level city's proper name of one division, also its province: 浙江 … 义乌, or a
 * visit written around it: 赴昆山考察), or — for a county's proper name (陈仓/nr, not 资源/n) of one division written twice — a page that speaks of its own
 * region at that level (区委, 区政协 on a page that writes 陈仓 twice: the page of 陈仓区; a county-level city's
 * place name once, where the page names no other 市: 市政协 … 维护广水社会稳定). A body after it
 * is no support: 全州政协 is every CPPCC of a prefecture. A doubtful mention of any name (和县 after a
 * word) needs the same support.
 */
function dropUnsupported(
  ms: PlaceMention[], speaksOf: (suffix: string) => boolean, isDoubtful: (m: PlaceMention) => boolean, visited: (m: PlaceMention) => boolean,
  rare: (m: PlaceMention) => boolean, ordinary: (m: PlaceMention) => boolean, bodyAfter: (m: PlaceMention) => boolean,
  wordAfter: (m: PlaceMention) => boolean, townAfter: (m: PlaceMention) => boolean, slogan: (m: PlaceMention) => boolean,
  chosenByShortForm: (m: PlaceMention) => boolean, ownPhrase: (m: PlaceMention) => boolean, zoneAfter: (m: PlaceMention) => boolean,
  ownerAfter: (m: PlaceMention) => boolean, townWordAfter: (m: PlaceMention) => boolean, speaksAlone: (suffix: string) => boolean,
  markAfter: (m: PlaceMention) => boolean,
): void {
  const doubts = new Set(ms.filter(isDoubtful))
  const full = new Set(ms.filter((m) => m.rule === 'gazetteer' && !doubts.has(m)).map((m) => m.division))
  const named = new Set(ms.filter((m) => !doubts.has(m)).map((m) => m.division))
  const was = ms.map((m) => m.division)
  const townCounties = countiesOfTownships(ms, (m) => doubts.has(m) || ordinary(m) || chosenByShortForm(m))
  // A township's short form before the word of an institution only townships have (白砂卫生院: data/place-words.tsv,
  // column institution) on a page that does not write its county (临城卫生院、…白砂卫生院 on a page of 我县): the township
  // where the stem names one, or where another township of its county is so written or named in full (临城 of three
  // counties, beside 白砂 of 上杭县 alone; dev 902).
  // Not a stem that is a doubtful or ordinary word first (农场 of 农场街道: 垦区农场卫生院 is a farm's; data/word-short-forms.txt).
  const townStem = (m: PlaceMention) =>
    m.division?.level === 'township' && !doubts.has(m) && !ordinary(m) && m.forms.every((f) => f.division !== m.division || f.short) && townWordAfter(m)
  const stemCounties = new Set([...townCounties, ...ms.filter((m) => townStem(m) && oneDivision(m)).map((m) => m.division!.parent)])
  const times = new Map<Division, number>()
  for (const m of ms) if (m.division) times.set(m.division, (times.get(m.division) ?? 0) + 1)
  // A division written right before one inside it (金山廊下, 新乡红旗) vouches for both, but not a county's or township's
  // short form before a short form that is an ordinary word first: 滨海新城 (a new town's name) is no 新城镇 of 滨海新区.
  const chained = (a: PlaceMention | undefined, b: PlaceMention | undefined) =>
    locates(a, b) && !(a!.rule !== 'gazetteer' && (a!.division!.level === 'county' || a!.division!.level === 'township') && ordinary(b!))
  // A county's short form of one name in a phrase of the page's own development (为王益经济社会发展) on a page that speaks
  // of its own region at that level and names no other: the last support below.
  const ownForm = (m: PlaceMention, d: Division) =>
    d.level === 'county' && !doubts.has(m) && countyName(m.forms) !== null && ownPhrase(m) && speaksOf(d.name.slice(-1)) && onlyOfSuffix(named, d)
  // The counties so supported: their short form before a body's organ elsewhere on the page is the same county (在王益消防救援大队).
  const own = new Set(ms.filter((m) => m.division && ownForm(m, m.division)).map((m) => m.division))
  ms.forEach((m, i) => {
    const d = m.division
    // Official names and the aliases a user or data/place-aliases.tsv lists need no support.
    if (!d || m.rule === 'alias:listed') return
    const isOrdinary = ordinary(m)
    if (!doubts.has(m) && !isOrdinary && (m.rule === 'gazetteer' || d.level === 'province')) return
    const prev = ms[i - 1]
    const next = ms[i + 1]
    const written =
      chained(prev, m) ||
      // A township the gazetteer does not know yet right after a county (越城蕺山街道): unlisted.ts.
      (d.level === 'county' && oneDivision(m) && townAfter(m)) ||
      ((next?.rule === 'gazetteer' || next?.rule === AFTER_PARENT) && chained(m, next))
    // A short form that is an ordinary word first (和平统一 on a page of 天津, 长治久安) needs its city or township beside
    // it, its full name elsewhere, or a visit: the page naming its city elsewhere is no support. An official name that is
    // a word first (小城镇建设, 中心镇, 文化兴县) needs the division above it named on the page, or a body's organ after it (兴县政协).
    if (isOrdinary) {
      const byName = m.rule === 'gazetteer' ? parentNamed(d, named) || bodyAfter(m) : full.has(d)
      if (!(written || byName || visited(m))) m.division = null
      return
    }
    if (!doubts.has(m) && d.level !== 'county' && d.level !== 'township') return
    const supported =
      // An autonomous county's stem with its level (长阳县 of 长阳土家族自治县, 峨边县): named as any county is.
      (m.rule === AUTONOMOUS_SHORT && oneDivision(m)) ||
      // A new area's short form that names it alone and that the segmenter takes for a place name: 浦东/ns.
      (m.rule === 'alias:new-area' && m.placeWord && oneDivision(m)) ||
      written ||
      m.vouched === true ||
      (townStem(m) && (oneDivision(m) || stemCounties.has(d.parent))) ||
      full.has(d) ||
      // …or one of its townships named in full elsewhere on the page (渔阳镇 … 转载注明掌上蓟州; 擂鼓镇 … 今日竹山): a
      // county's page names its towns in full, and its own name short, as the pending forms of stage.ts are vouched for.
      (d.level === 'county' && oneDivision(m) && townCounties.has(d)) ||
      parentNamed(d, named) ||
      // A county-level city's name of one division that the segmenter knows as a proper noun (义乌/nz, 慈溪/nrt; not
      // 江山/ns, a word too) in the province the page names (浙江 … 义乌), its prefecture unnamed; or one the page
      // visits (赴昆山考察, 来义乌调研: a verb of travel alone before it, a word of a visit after it).
      (isCountyCity(d) && oneDivision(m) &&
        ((m.otherProperWord === true && ancestors(d).some((a) => named.has(a))) || visited(m))) ||
      // A zone named after it (松山新区 twice, 区工委: the zone's) is no county the page speaks of.
      (d.level === 'county' && m.properWord === true && oneDivision(m) && times.get(d)! >= 2 && speaksOf(d.name.slice(-1)) && !zoneAfter(m)) ||
      // …or a county's proper name of one division that the page visits (赴安岳考察, 到长阳调研) or that a word only places
      // take follows (安岳籍, 萧山商会: data/place-words.tsv, column county), not a word (资源/n); a word the segmenter's
      // corpus rarely uses before such a word is that name too (大足/d 石刻).
      (d.level === 'county' && !doubts.has(m) && oneDivision(m) && ((m.properWord === true && (visited(m) || wordAfter(m))) || (rare(m) && wordAfter(m)))) ||
      // …or a county-level city's place name that is a rare word (广水/ns, not 江山/ns) written once on a page that
      // speaks of its own 市 and names no other; a county's too before a body's organ (临澧政府网 on a page of 县政协).
      // Round 32: a county's too (苍南“三农”发展 on a page of 县政协), a 县, no district (南开, 白云 are words of cities as
      // often), where a mark follows its short form (not 长白岛) and the page speaks of its own 县 alone, not only of
      // 市县政协 (whose 县 are several: sample 001). A county learnt from (学习浦江“五水共治”经验) is still a place
      // the page names; it is marked away after (places/stage.ts), so the page's relative bodies take no region from it.
      ((isCountyCity(d) || (isCounty(d) && markAfter(m) && speaksAlone(d.name.slice(-1))) || (d.level === 'county' && !doubts.has(m) && bodyAfter(m))) && m.placeWord === true && rare(m) && oneDivision(m) && speaksOf(d.name.slice(-1)) && onlyOfSuffix(named, d)) ||
      // …or a county's proper name of one division that a slogan in quotes is named after (“平安南开”) on a page that
      // speaks of its own region at that level (区政协) and names no other.
      (d.level === 'county' && !doubts.has(m) && m.properWord === true && oneDivision(m) && slogan(m) && speaksOf(d.name.slice(-1)) && onlyOfSuffix(named, d)) ||
      // …or a county's short form of one name (白云区 of 广州 or of 贵阳: the name is right whichever) in a phrase of the
      // page's own development (推动白云高质量发展: data/own-region-phrases.tsv) on a page that speaks of its own region at
      // that level (区政协) and names no other.
      ownForm(m, d) || (own.has(d) && !doubts.has(m) && oneDivision(m) && bodyAfter(m))
    if (!supported) m.division = null
  })
  // …or a county's proper name that is a rare word (上虞/ns, 萧山/nr) of one division, opening a clause as the owner of a
  // noun phrase (，上虞的整体影响力: data/own-region-phrases.tsv, position owner; not 长白岛, 临城卫生院, 王武进的), on a page that speaks of its own region at that
  // level (区政协, 我区) and names no other division of that suffix: the page's own county, as a county-level city's is
  // above. Weighed last, against the places that stayed (常务副区长金山中 names no 金山区), and for one county only.
  const kept = new Set(ms.map((m) => m.division))
  const owners = new Set<Division>()
  ms.forEach((m, i) => {
    const d = was[i]
    if (!d || m.division || d.level !== 'county' || doubts.has(m) || ordinary(m) || m.rule === 'gazetteer') return
    if (m.properWord && ownerAfter(m) && rare(m) && oneDivision(m) && speaksOf(d.name.slice(-1)) && onlyOfSuffix(kept, d) && !zoneAfter(m)) owners.add(d)
  })
  const [owner] = owners
  if (owners.size !== 1) return
  ms.forEach((m, i) => { if (!m.division && was[i] === owner) m.division = owner! })
}

/**
 * Whether the page names the division right above `d`. A prefecture city without counties (中山市, 东莞市, 儋州市)
 * holds its townships through a county-level division of the same name, and a page that writes the city (中山市政协 …
 * 横栏、大涌两镇) names that one too.
 */
function parentNamed(d: Division, named: ReadonlySet<Division | null>): boolean {
  const p = d.parent
  return p !== null && (named.has(p) || (p.parent !== null && p.parent.name === p.name && named.has(p.parent)))
}

/**
 * The counties of the townships named in full on the page (no doubtful mention, no word first: 中心镇), each as it was
 * resolved (擂鼓镇 of 竹山县, not of 北川县, beside 竹山): not every county a name can mean, since a town's name that many
 * counties share would vouch for a word (新安街道 of 珲春市 … 宝安社区: no 宝安区, whose 新安街道 it is not). Nor a
 * township that a county's short form chose (城关镇 … 竹山: 城关镇 alone is another county's), which would vouch in a circle.
 */
function countiesOfTownships(ms: readonly PlaceMention[], unsure: (m: PlaceMention) => boolean): Set<Division> {
  const out = new Set<Division>()
  for (const m of ms) {
    const t = m.division
    if (m.rule === 'gazetteer' && t?.level === 'township' && t.parent && !unsure(m)) out.add(t.parent)
  }
  return out
}

/** Whether the mention names `d` only by an ethnic township's short form (二龙乡 of 二龙回族乡: aliases.ts). */
const ethnicShortOnly = (m: PlaceMention, d: Division) => m.forms.every((f) => f.division !== d || f.rule === ETHNIC_SHORT)

/** A county's short form (竹山 of 竹山县): every form of the mention is short. */
const countyShortForm = (m: PlaceMention) => m.division?.level === 'county' && m.forms.every((f) => f.short)

/**
 * A county-level city (县级市): GB/T 2260 numbers them 81–99 within their prefecture (义乌市 330782). Writers name
 * them short without their prefecture (赴义乌, 在昆山) as they do prefectures, not so counties or districts.
 */
const isCountyCity = (d: Division) => numberInPrefecture(d) >= 81
// A county proper (县, 自治县, 旗): the numbers 21–80 of a prefecture's counties, after its districts (01–20), before its cities.
const isCounty = (d: Division) => { const n = numberInPrefecture(d); return n >= 21 && n <= 80 }
/** A county-level division's number within its prefecture, the last two digits of its GB/T 2260 code; -1 for any other. */
const numberInPrefecture = (d: Division): number => (d.level === 'county' && d.code !== null && d.code.length === 6 ? Number(d.code.slice(4)) : -1)

/** Whether no division but `d` that a relative word of its suffix could mean (市: 苏州市, 上海市) is named. */
function onlyOfSuffix(named: ReadonlySet<Division | null>, d: Division): boolean {
  const suffix = d.name.slice(-1)
  for (const x of named) if (x && x !== d && x.level !== 'township' && x.name.endsWith(suffix)) return false
  return true
}

/**
 * Whether a mention's forms name one division of today: a division that ended under the same stem (金坛市 beside 金坛区,
 * 大足县 beside 大足区: data/former-divisions.tsv) is no other where one of today is named.
 */
function oneDivision(m: PlaceMention): boolean {
  const divs = uniq(m.forms.map((f) => f.division))
  return divs.length === 1 || divs.filter((d) => d.code !== null).length === 1
}

/** The one name of the counties of `forms` (白云区 of 广州 and of 贵阳), or null where they are of several names or levels. */
export function countyName(forms: readonly { division: Division }[]): string | null {
  const name = forms[0]?.division.name
  return name && forms.every((f) => f.division.name === name && f.division.level === 'county') ? name : null
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)]
}
