import { defineStage } from '../pipeline/stage.js'
import { LIST_RULE } from '../places/abbreviations.js'
import { ancestors, isAncestor, provinceOf } from '../places/gazetteer.js'
import type { Division, PlaceMention } from '../places/types.js'
import { articleAt, paragraphAt, sentenceAt, type Structure } from '../structure/types.js'
import { fits, type RelativeLevel, type RelativeResolver } from './words.js'
import { partitionPoint } from '../text/bisect.js'
import type { Trie } from '../lexicon/trie.js'
import { CPPCC, LIST_MARKS } from '../text/grammar.js'
import { selfNamedOf } from './self-named.js'
import { continuesTrip, visitorPlaces } from './visits.js'
import { guestPlaces } from './guests.js'
import { lift, unwrittenLift } from './lift.js'

export type { RelativeLevel, RelativeResolver } from './words.js'

// How many characters after a relative word make the same bare mention (市 + 政协 of 市政协…市政协).
const SAME_TAIL = 2
// The longest division name, in characters (新疆维吾尔自治区…): how far back a place written over a position may start.
const LONGEST_NAME = 16

// The end of a clause, and the marks of a list (、和与及): two places listed in one clause.
const CLAUSE_END = /[，。；！？：\n,;!?:]/
const LISTED = new RegExp(`[${LIST_MARKS}]`)

const LEVEL_WEIGHT: Record<string, number> = { province: 1, prefecture: 3, county: 3, township: 1 }

/**
 * Stage: the home region of each article: the place its title block names (吉林市政协 / 让委员履职…),
 * else the place it mentions most (cities and counties weigh more), else the page's. A place the page's
 * people travel to (赴上海、江苏等地拜访) is no home, wherever written, while another is.
 */
export const regionsStage = defineStage({
  name: 'regions',
  needs: ['text', 'structure', 'tokens', 'placeMentions'],
  provides: ['homes', 'relative'],
  run(doc, res) {
    const structure = doc.get('structure')
    // A place inside a titled person's name (部长杜永安, 秘书长黄山明) has no division already (places/titled-names.ts).
    const all = doc.get('placeMentions')
    // The places a visit to the page's own region comes from (…一行来我市) are no home, not even as a last resort.
    const visitors = new Set<Division | null>()
    for (const m of visitorPlaces(doc.get('text').text, doc.get('tokens'), all, res.visits)) { m.visitor = true; visitors.add(m.division) }
    // A guest invited to lecture is a visitor where written as one only (…应邀作专题辅导): guests.ts.
    for (const m of guestPlaces(doc.get('text').text, all, res.guests)) m.visitor = true
    // …nor where written again (苏东一行来镇参观。…靖州县政协领导一行参观了…).
    const ms = all.filter((m) => !m.visitor && !visitors.has(m.division))
    // A place travelled to anywhere in the article is no home, also where written again (拜访杭州市政协).
    const visitedIn = (sel: PlaceMention[]) => new Set(sel.filter((m) => m.away).map((m) => m.division))
    const pick = (sel: PlaceMention[], visited: ReadonlySet<Division | null>) => {
      const score = new Map<Division, number>()
      for (const m of sel) if (m.division && !visited.has(m.division)) score.set(m.division, (score.get(m.division) ?? 0) + (LEVEL_WEIGHT[m.division.level] ?? 1))
      let best: Division | null = null
      let bestScore = 0
      for (const [d, s] of score) if (s > bestScore) { best = d; bestScore = s }
      return best
    }
    const none = new Set<Division | null>()
    // How often the page names each place: counted once.
    const named = new Map<Division, number>()
    for (const m of ms) if (m.division) named.set(m.division, (named.get(m.division) ?? 0) + 1)
    const page = pick(ms, visitedIn(ms)) ?? pick(ms, none)
    const byArticle = structure.articles.map((): PlaceMention[] => [])
    for (const m of ms) byArticle[articleAt(structure, m.start)]!.push(m)
    const homes = structure.articles.map((a, i) => {
      const all = byArticle[i]!
      const visited = visitedIn(all)
      const inHead = all.filter((m) => a.head.some((h) => m.start >= h.start && m.end <= h.end))
      const home = pick(inHead, visited) ?? pick(all, visited) ?? pick(inHead, none) ?? pick(all, none) ?? page
      return home && lowerCity(home, named, visited)
    })
    // One resolver for the committees and the persons stages: what it reads of the page is read once.
    const text = doc.get('text').text
    const unwritten = unwrittenLift({ text, tokens: doc.get('tokens'), structure, ms: all, outside: res.outsideRegions, firmEnds: res.bodies.enterpriseEnds, siteWords: res.bodies.formerSites, bodyWords: [res.bodies.organs, res.bodies.heads], words: res.visits.notBase, byName: (n) => res.gazetteer.byName(n) })
    // Whether a paragraph goes on with a trip, read once per paragraph (asked per relative word resolved after a trip).
    const trips = new Map<number, boolean>()
    const goesOn = (p: number) => {
      let v = trips.get(p)
      if (v === undefined) trips.set(p, (v = continuesTrip(text.slice(structure.paragraphs[p]!.start, structure.paragraphs[p]!.end), res.visits.trip)))
      return v
    }
    const relative = relativeResolver(text, structure, all, homes, res.outsideRegions, res.bodies.members, selfNamedOf(text, res), unwritten, goesOn)
    return { homes, relative }
  },
})

/**
 * A county-level division of the prefecture `home` that the page names as often, not travelled to (泉州、石狮两级
 * 政协委员; 住我市的苏州市政协委员 on a page of 张家港市), is the home: a page of the prefecture names its own region
 * bare (市政协) and the county or city below it now and then, while a page of the county writes out the prefecture
 * it lies in. A bare 市 still lifts a district or county to its prefecture.
 */
function lowerCity(home: Division, named: ReadonlyMap<Division, number>, visited: ReadonlySet<Division | null>): Division {
  if (home.level !== 'prefecture') return home
  const own = named.get(home) ?? 0
  const below = [...named].filter(([d, n]) => d.parent === home && d.level === 'county' && !visited.has(d) && n >= own)
  return below.length === 1 ? below[0]![0] : home
}

/**
 * Resolves a relative region word at normalized position `pos`: a fitting place written earlier in the
 * same paragraph (安徽省天长市政协…市政协), else the one region of that level whose 政协 the article writes in full,
 * else the article's home region lifted to that level, else
 * the nearest fitting place earlier in the article, else the fitting place the page names most, else (a page
 * that writes no place of that level) `unwritten`, the region above the article's places: 市委 on a page that names
 * only 桃源县 is 常德市委, the city the county lies in (lift.ts). A province named in a list of abbreviations is not the one a relative
 * word means (台 of 省政协港澳台侨委员会 is no 省 of the 省侨办 after it), nor a place the page's people
 * travel to (…赴昆山市开展视察。市政协主席X: the 市政协 that went, not 昆山's), nor one the mainland's bodies do
 * not reach (台湾 of 台湾同胞 is no 省 of 省台办: data/outside-regions.txt). A bare word written again in its
 * paragraph means what it meant first (市政协主席X带队…拜访上海市政协…。市政协副主席Y: the same 市政协).
 * Visitors from a region above the home are no strangers: 四川省…率队到我县…省政协常委 on a page of 泸县 is 四川省政协.
 * Where nothing is written, `selfNamed` may give the region the page writes only short (川汇新闻 … 区政协).
 */
export function relativeResolver(text: string, structure: Structure, ms: readonly PlaceMention[], homes: ReadonlyArray<Division | null>, outsideRegions: ReadonlySet<string>, members: Trie<true>, selfNamed: (rel: RelativeLevel) => Division | null = () => null, unwritten: (rel: RelativeLevel, art: number) => Division | null = () => null, goesOn: (paragraph: number) => boolean = () => false): RelativeResolver {
  // Visitors from the region above the article's home (四川省…率队到我县 on a page of 泸县) still name its 省.
  const above = (m: PlaceMention) => {
    const home = homes[articleAt(structure, m.start)]
    return !!home && isAncestor(m.division!, home)
  }
  const resolved = ms.filter((m) => m.division && (!m.visitor || above(m)) && !outside(m, outsideRegions))
  // Whether a place is written over `q` (the 市 of 常州市政协 is no bare word).
  const covered = (q: number) => {
    for (let k = upperBound(ms, q + 1) - 1; k >= 0 && ms[k]!.start >= q - LONGEST_NAME; k--) if (ms[k]!.end > q) return true
    return false
  }
  const written = new Set(resolved.map((m) => m.division!))
  const liftWritten = (d: Division, rel: RelativeLevel) => {
    const x = lift(d, rel)
    return x && written.has(x) ? x : null
  }
  // Places the page's people travel to, wherever written: neither the home lifted (a town of 杭锦后旗 is no
  // home of 旗) nor the place named most (…旗政协主席X带队赴杭锦后旗、五原县…: not 杭锦后旗's 政协).
  const visited = new Set(resolved.filter((m) => m.away).map((m) => m.division))
  // The fitting place the page names most, per relative word: computed once.
  const pageBest = new Map<RelativeLevel, Division | null>()
  const mostNamed = (rel: RelativeLevel) => {
    if (!pageBest.has(rel)) {
      const count = new Map<Division, number>()
      for (const m of resolved) {
        const d = liftWritten(m.division!, rel)
        if (d && !visited.has(d)) count.set(d, (count.get(d) ?? 0) + 1)
      }
      pageBest.set(rel, [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null)
    }
    return pageBest.get(rel)!
  }
  // Whether resolved[k] follows another fitting place in a list of one clause (A区…和B区): a list mark
  // right before it. One written after a title and a verb (源汇区政协主席X一行来甘州区) is no list item, nor the
  // region above it (福州市委常委、福清市委书记X，市委副书记Y: a chain of one person's titles, the lower one's own).
  const listedWith = (k: number, rel: RelativeLevel, from: number) => {
    const m = resolved[k]!
    for (let j = k - 1; j >= 0 && resolved[j]!.start >= from; j--) {
      const o = resolved[j]!
      const between = text.slice(o.end, m.start)
      if (CLAUSE_END.test(between)) return false
      if (o.division !== m.division && !isAncestor(o.division!, m.division!) && o.rule !== LIST_RULE && !o.away && fits(o.division!, rel)) return LISTED.test(text[m.start - 1] ?? '')
    }
    return false
  }
  // A county-level city listed with counties or districts of its own prefecture (参加市政协会议的北安市、孙吴县、爱辉区代表团…
  // 市委书记: the delegations of one city's counties) gives the word that city, the one region of its level above them all,
  // not the city in the list (dev 373). The page's own city listed with a single neighbour keeps its word (宜兴市政协…。
  // 宜兴市、锡山区政协委员联合视察，市委书记: 宜兴市委): it takes two of its counties listed to move the home's word up.
  const siblingsParent = (k: number, rel: RelativeLevel, home: Division | null | undefined): Division | null => {
    const m = resolved[k]!
    const up = m.division!.level === 'county' ? ancestors(m.division!)[0] : undefined
    if (!up || !fits(up, rel)) return null
    const sibling = (o: PlaceMention | undefined, a: number, b: number) =>
      !!o && b - a === 1 && LISTED.test(text[a] ?? '') && o.division !== m.division && o.division?.level === 'county' && ancestors(o.division)[0] === up && !fits(o.division, rel)
    let n = 0
    for (let j = k; sibling(resolved[j + 1], resolved[j]!.end, resolved[j + 1]?.start ?? -1); j++) n++
    for (let j = k; sibling(resolved[j - 1], resolved[j - 1]?.end ?? -1, resolved[j]!.start); j--) n++
    return n >= (m.division === home ? 2 : 1) ? up : null
  }
  // Whether a place that fits `rel`, neither travelled to nor a list's, is written between `from` and `to`, in the sentence of `to`.
  const namedBetween = (from: number, to: number, rel: RelativeLevel) => {
    const begin = Math.max(from, structure.sentences[sentenceAt(structure, to)]?.start ?? to)
    for (let k = upperBound(resolved, to) - 1; k >= 0 && resolved[k]!.start > begin; k--) {
      const m = resolved[k]!
      if (m.end <= to && m.rule !== LIST_RULE && !m.away && !visited.has(m.division) && fits(m.division!, rel)) return true
    }
    return false
  }
  // The article's own CPPCC committee of a level: the one region of that level written right before 政协, neither
  // travelled to nor a list's (崇左市政协副主席X率考察组到柳州市…。市政协副秘书长Y: 崇左市's, not the city named most),
  // nor the committee of members living here (住我市的苏州市政协委员: data/member-words.txt), nor the visitors' written
  // again (…靖州县政协副主席苏东一行来镇…。靖州县政协领导一行参观了…).
  const visitors = new Set(ms.filter((m) => m.visitor).map((m) => m.division))
  // The resolved mentions of each article, grouped once: a pass over the whole page per article and word is
  // quadratic on an archive of many articles.
  const resolvedIn: PlaceMention[][] = structure.articles.map(() => [])
  for (const m of resolved) resolvedIn[articleAt(structure, m.start)]?.push(m)
  const ownCppcc = new Map<string, Division | null>()
  const ownOf = (art: number, rel: RelativeLevel) => {
    const key = `${art}|${rel.word}`
    if (!ownCppcc.has(key)) {
      const ds = new Set<Division>()
      for (const m of resolvedIn[art] ?? []) {
        if (text.startsWith(CPPCC, m.end) && members.longestAt(text, m.end + CPPCC.length) === undefined && m.rule !== LIST_RULE && !m.away && !visited.has(m.division) && !visitors.has(m.division) && fits(m.division!, rel)) ds.add(m.division!)
      }
      ownCppcc.set(key, ds.size === 1 ? [...ds][0]! : null)
    }
    return ownCppcc.get(key)!
  }
  // Whether the bare word at `pos` (市政协 of 市政协副秘书长) is written earlier in its article in the sentence of a
  // journey, before the place travelled to: the travellers' own body (市政协副主席X带领…前往肇庆市…。市政协副秘书长Y),
  // not the one they visit. Answered once per article and word: the earliest place travelled to in the sentence of an
  // earlier, uncovered writing of the word (the first such place after it, by binary search); a search from the
  // article's start at every word, with a pass over the page's journeys at each hit, is quadratic on a long article.
  const awayStarts = resolved.filter((m) => m.away).map((m) => m.start)
  // Where `same` (a bare word and the characters after it) is written on the page, in order. The writings of a word are
  // found in one pass over the text and grouped by what follows them: a search of the whole text for each distinct
  // writing is quadratic on a long page. A `same` that is not a word's writing (the wordless township of
  // committees/township.ts) is searched for itself.
  const writingsOf = new Map<string, Map<string, number[]>>()
  const writings = (word: string, same: string): readonly number[] => {
    if (!word || !same.startsWith(word)) {
      const qs: number[] = []
      for (let q = text.indexOf(same); q >= 0; q = text.indexOf(same, q + 1)) qs.push(q)
      return qs
    }
    let bySame = writingsOf.get(word)
    if (!bySame) {
      writingsOf.set(word, (bySame = new Map()))
      for (let q = text.indexOf(word); q >= 0; q = text.indexOf(word, q + 1)) {
        const key = text.slice(q, q + word.length + SAME_TAIL)
        const qs = bySame.get(key)
        if (qs) qs.push(q)
        else bySame.set(key, [q])
      }
    }
    if (same.length === word.length + SAME_TAIL) return bySame.get(same) ?? []
    // One cut short by the end of the text begins every longer writing too.
    return [...bySame].filter(([key]) => key.startsWith(same)).flatMap(([, qs]) => qs).sort((x, y) => x - y)
  }
  const journeyAfter = new Map<string, number>()
  const travellersOwn = (pos: number, rel: RelativeLevel, art: number) => {
    const same = text.slice(pos, pos + rel.word.length + SAME_TAIL)
    const key = `${art}|${same}`
    let first = journeyAfter.get(key)
    if (first === undefined) {
      first = Infinity
      const begin = structure.articles[art]?.start ?? 0
      const end = structure.articles[art]?.end ?? text.length
      const all = writings(rel.word, same)
      for (let k = partitionPoint(all.length, (i) => all[i]! < begin); k < all.length && all[k]! < end && all[k]! < first; k++) {
        const at = all[k]!
        if (covered(at)) continue
        const a = awayStarts[partitionPoint(awayStarts.length, (i) => awayStarts[i]! <= at)]
        if (a !== undefined && a < first && sentenceAt(structure, a) === sentenceAt(structure, at)) first = a
      }
      journeyAfter.set(key, first)
    }
    return first < pos
  }
  // A bare word written again in its paragraph means what it meant first: the earlier writings are followed back in a
  // loop (a call per writing overflows the stack on a long paragraph), each answered once, so that a paragraph that
  // writes the word many times is not walked back from each of them.
  // The regions some writing of a word got only as the place travelled to (resolveAt's last but two step).
  const journeyFound = new Set<Division>()
  const answered = new Map<RelativeLevel, Map<number, Division | null>>()
  const inContext = (at: number, rel: RelativeLevel): Division | null => {
    let known = answered.get(rel)
    if (!known) answered.set(rel, (known = new Map()))
    let answer = known.get(at)
    if (answer !== undefined) return answer
    const chain = [at]
    let pos = at
    if (text.startsWith(rel.word, pos)) {
      const p = paragraphAt(structure, pos)
      const paraStart = p >= 0 ? structure.paragraphs[p]!.start : pos
      // Searched in the paragraph only, cut once: a search of the whole text before it, at every word, is quadratic.
      const para = text.slice(paraStart, at + rel.word.length + SAME_TAIL)
      for (;;) {
        const q = earlierWritten(para, paraStart, text.slice(pos, pos + rel.word.length + SAME_TAIL), pos)
        // …unless its sentence writes a place of its level where no one travels before it (…红安县政协主席A。在罗田县，县政协主席B).
        if (q < 0 || namedBetween(q, pos, rel)) break
        pos = q
        answer = known.get(q)
        if (answer !== undefined) break
        chain.push(q)
      }
    }
    if (answer === undefined) answer = resolveAt(pos, rel)
    for (const q of chain) known.set(q, answer)
    return answer
  }
  // A bare word its context leaves open (a title before any place: 市政协委员视察… over a report that names 桐城市 later)
  // means what its other writings on the page mean, where they all agree on one region found by the page's own places:
  // not one travelled to (…赴肇庆市。在肇庆，与市政协座谈: the travellers' 市政协 written first stays open), and none where
  // the page names several regions of its level (成都、德阳…市政协).
  const elsewhere = new Map<string, Division | null>()
  // The regions of the page's places that fit a word's level, gathered once per word.
  const fitting = new Map<RelativeLevel, ReadonlySet<Division>>()
  const fittingOf = (rel: RelativeLevel) => {
    let ds = fitting.get(rel)
    if (!ds) fitting.set(rel, (ds = new Set(resolved.filter((m) => fits(m.division!, rel)).map((m) => m.division!))))
    return ds
  }
  const onPage = (at: number, rel: RelativeLevel): Division | null => {
    const same = text.slice(at, at + rel.word.length + SAME_TAIL)
    const key = `${rel.word}|${same}`
    let d = elsewhere.get(key)
    if (d === undefined) {
      const ds = new Set<Division | null>()
      for (const q of writings(rel.word, same)) {
        if (covered(q)) continue
        const x = inContext(q, rel)
        if (x) ds.add(journeyFound.has(x) ? null : x)
      }
      const one = ds.size === 1 ? [...ds][0]! : null
      // Only on a page that names no other region of the word's level (成都、德阳、眉山、资阳四市政协…市政协主席X: open).
      d = one && [...fittingOf(rel)].every((x) => x === one) ? one : null
      elsewhere.set(key, d)
    }
    return d
  }
  const resolve = (at: number, rel: RelativeLevel): Division | null => {
    const d = inContext(at, rel)
    return d ?? (text.startsWith(rel.word, at) && !covered(at) ? onPage(at, rel) : null)
  }
  // The nearest writing of `same` starting before `before` in `para` (text from `from`) that no place covers (the 市 of
  // 常州市政协), or -1.
  const earlierWritten = (para: string, from: number, same: string, before: number) => {
    let q = earlier(para, same, before - from)
    while (q >= 0 && covered(q + from)) q = earlier(para, same, q)
    return q < 0 ? -1 : q + from
  }
  // The earliest uncovered writing before the word at `pos` ends its chain.
  const resolveAt = (pos: number, rel: RelativeLevel): Division | null => {
    const p = paragraphAt(structure, pos)
    const paraStart = p >= 0 ? structure.paragraphs[p]!.start : pos
    const art = articleAt(structure, pos)
    // Mentions before pos, nearest first, within the paragraph; one listed with another that fits as well
    // (深入河北区…和津南区…，与区住建委座谈) leaves the word without a region: the page does not say which. A place
    // in an earlier sentence that only locates something smaller (帮扶蛟河市南顶子村。市政协副主席…) or one travelled
    // to, written again (赴张家港市视察，了解张家港市港口建设。), is where the people were, not whose body it is (in
    // the same sentence it still is: 在温州，考察组与市政协座谈).
    const sentence = sentenceAt(structure, pos)
    let k = upperBound(resolved, pos) - 1
    for (; k >= 0 && resolved[k]!.start >= paraStart; k--) {
      const m = resolved[k]!
      const where = (m.spot || visited.has(m.division)) && sentenceAt(structure, m.start) !== sentence
      if (m.end <= pos && m.rule !== LIST_RULE && !m.away && !where && fits(m.division!, rel)) return listedWith(k, rel, paraStart) ? null : (siblingsParent(k, rel, homes[art]) ?? m.division)
    }
    const own = ownOf(art, rel)
    const home = homes[art]
    const lifted = home ? liftWritten(home, rel) : null
    // …unless that region lies in another province than the home, whose own region of the level the page writes (黔江区…市委…。
    // 重庆市南岸区政协与四川省邛崃市政协签署协议: the 市 of a page of 重庆's districts is 重庆市, not the partner 邛崃市; a
    // city of the home's province visited, 崇左市政协…到柳州市, stays the travellers' own).
    if (own && !(lifted && lifted !== own && !visited.has(lifted) && stranger(own, home!))) return own
    if (lifted && !visited.has(lifted)) return lifted
    for (k = upperBound(resolved, pos) - 1; k >= 0 && articleAt(structure, resolved[k]!.start) === art; k--) {
      const m = resolved[k]!
      if (m.end <= pos && m.rule !== LIST_RULE && !m.away && fits(m.division!, rel)) return m.division
    }
    // Where nothing else fits, the place travelled to earlier in the article is where the bodies met
    // (上海市工商联…赴江苏省工商联拜访，与省人大常委会…座谈。许仲梓谈到，省工商联…); a word written before the
    // journey stays unresolved.
    const best = mostNamed(rel)
    // …unless it is a stranger to the home, which lies in a region of that level the page leaves unwritten: that region
    // (省、市工商联 on a page of 南湖区 that writes 接轨上海 later: 嘉兴市工商联, not 上海市工商联).
    const up = home ? lift(home, rel) : null
    const foreign = (d: Division) => !!up && up !== home && d !== up && !visited.has(up) && !isAncestor(d, home!) && !isAncestor(home!, d)
    if (best && foreign(best)) return up
    if (best) return best
    for (k = upperBound(resolved, pos) - 1; k >= 0 && articleAt(structure, resolved[k]!.start) === art; k--) {
      const m = resolved[k]!
      if (m.end <= pos && m.away && fits(m.division!, rel)) {
        if (travellersOwn(pos, rel, art)) return null
        // …nor, in a later paragraph, one that is a stranger to the home: the home's own region of the level, unwritten
        // (州政协赴安徽省宣城市…。(a new paragraph) 州政协组织部分省政协委员 on a page of 甘孜州: 四川省政协, dev 467),
        // unless that paragraph goes on with the trip (考察期间，…听取了市政协有关情况介绍: the place travelled to's).
        const para = paragraphAt(structure, pos)
        if (foreign(m.division!) && paragraphAt(structure, m.start) !== para && !(para >= 0 && goesOn(para))) return up
        journeyFound.add(m.division!)
        return m.division
      }
    }
    // Then the region the page writes only short, in the name of its news site (掌上蓟州 … 区政协: self-named.ts), unless
    // it is the former twin of a division the page writes by its name of today (江津融媒讯 on a page of 江津区: 江津市, a
    // city until 2006, is no region the page speaks of; its 市 is the city above, dev 1360).
    // Last, where the page writes no place of the word's level at all, the region above its article's places (lift.ts).
    const self = selfNamed(rel)
    return (self && !formerTwinOf(self, written) ? self : null) ?? unwritten(rel, art)
  }
  return resolve
}

/** Whether `d` is a former division (no code: data/former-divisions.tsv) whose twin of today, of its stem, level and parent, is written. */
function formerTwinOf(d: Division, written: ReadonlySet<Division>): boolean {
  if (d.code !== null) return false
  const stem = d.name.slice(0, -1)
  for (const w of written) if (w.code !== null && w.level === d.level && w.parent === d.parent && w.name.slice(0, -1) === stem) return true
  return false
}

/** Whether `d` lies in another province than `home` (a partner of another province: 四川省邛崃市 on a page of 重庆's districts). */
const stranger = (d: Division, home: Division) => provinceOf(d) !== provinceOf(home)

/** Where `s` is last written in `para` starting before `before`, or -1. */
const earlier = (para: string, s: string, before: number) => (before > 0 ? para.lastIndexOf(s, before - 1) : -1)

/** Whether a mention names a division of data/outside-regions.txt. */
const outside = (m: PlaceMention, names: ReadonlySet<string>) => m.division !== null && names.has(m.division.name)

/** Index of the first mention starting at or after `pos` (mentions are in text order). */
function upperBound(ms: readonly PlaceMention[], pos: number): number {
  return partitionPoint(ms.length, (i) => ms[i]!.start < pos)
}
