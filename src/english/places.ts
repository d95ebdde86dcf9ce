import { placeMention, type Division, type PlaceMention } from '../places/types.js'
import type { PlaceLevel } from '../schema/result.js'
import { isWithin, type EnglishLexicon, type LevelWord } from './lexicon.js'
import { isAllCaps, isCapitalized, phrase, pinyinKey, type EnWord } from './words.js'

/** The longest English division name (Special Administrative Region) and place name (Inner Mongolia), in words. */
const MAX_PHRASE = 3
/** The longest level word, in words (People's Political Consultative Conference). */
const MAX_LEVEL_PHRASE = 5

/** A place found by its English name, with the divisions it can mean until the page's other places decide. */
type Candidate = { start: number; end: number; divisions: readonly Division[]; rule: string; needsContext?: boolean; fallback?: Division }

/**
 * Divisions named in English: listed English names (Tibet, Hong Kong), then the pinyin of a stem
 * (Yangquan, BEIJING) with the level word after it (Yushe County, Yangquan Municipal Committee, Sichuan
 * and Gansu provinces); see resolve for stems of several divisions. `taken(i)`: the word is part of a
 * person's name.
 */
export function findEnglishPlaces(text: string, allWords: readonly EnWord[], lex: EnglishLexicon, taken: (i: number) => boolean): PlaceMention[] {
  const words = allWords.map((w) => ownerStem(w, lex))
  const found: Candidate[] = []
  for (let i = 0; i < words.length; i++) {
    if (taken(i)) continue
    const listed = listedAt(text, words, i, lex)
    // A listed name before a feature word names the feature (the Taiwan Strait).
    if (listed && featureAfter(text, words, listed.next - 1, lex)) { i = listed.next - 1; continue }
    if (listed) {
      found.push({ start: words[i]!.start, end: words[listed.next - 1]!.end, divisions: [listed.division], rule: 'english:listed' })
      i = listed.next - 1
      continue
    }
    const w = words[i]!.text
    // A stem printed in lower case names the place only before a capitalised level word or body head (the Standing
    // Committee of yangzhou Municipal People's Congress; changzhou Science and Technology Association).
    const lower = !isCapitalized(w) && lowerBeforeHead(text, words, i, lex)
    if ((!isCapitalized(w) && !lower) || (isAllCaps(w) && w.length < 4)) continue
    const all = lex.byPinyin(pinyinKey(w))
    if (!all || featureAfter(text, words, i, lex)) continue
    const level = levelAfter(text, words, i + 1, lex) ?? (lower ? null : listLevel(text, words, i, lex))
    let divisions: readonly Division[]
    let needsContext = false
    if (level) {
      divisions = all.filter((d) => level.word.levels.includes(d.level))
      // …and of those, the ones whose Chinese name ends as the word says, where some do (Yunan County: 郁南县, not 云安区).
      const ending = divisions.filter((d) => level.word.ends.some((e) => d.name.endsWith(e)))
      if (ending.length) divisions = ending
    }
    // …and then, without a level word, only a province or prefecture.
    else if (lower) divisions = lex.notPlaces.has(w) ? [] : all.filter((d) => d.level === 'province' || d.level === 'prefecture')
    else {
      // A bare stem of two syllables at least (not a surname or a word like Dan): a province or a
      // prefecture, else a county inside another place of the page, or a township there when it is
      // one of a list of names (Dongsheng, Xiaolan, Tanzhou and Banfu).
      if (!/[aeiouv].*[aeiouv]/.test(pinyinKey(w)) || w.length < 4 || lex.notPlaces.has(w)) continue
      const high = all.filter((d) => d.level === 'province' || d.level === 'prefecture')
      if (institutionOwnName(text, words, i, found.at(-1), high.length ? high : all, lex)) continue
      const inList = inNameList(text, words, i)
      divisions = high.length ? high : all.filter((d) => d.level === 'county' || (inList && d.level === 'township'))
      needsContext = high.length === 0
    }
    if (divisions.length === 0) continue
    const end = level?.word.noun && level.next === i + 1 + level.words ? words[i + level.words]!.end : words[i]!.end
    const fallback = lex.stemDefaults.get(pinyinKey(w))
    found.push({ start: words[i]!.start, end, divisions, rule: 'english:pinyin', needsContext, ...(fallback ? { fallback } : {}) })
  }
  return resolve(found)
}

/**
 * A possessive place name as its owner (Shanghai’s Hu Wenrong, Jilin's Zhu Guoxian → Shanghai, Jilin), the mark left outside
 * the word, so that the gap "'s " keeps it from joining a level word or phrase after it. Only a listed name or a pinyin stem:
 * other possessives stay whole (People’s of Luohu People’s Political Consultative Conference is a level word).
 */
function ownerStem(w: EnWord, lex: EnglishLexicon): EnWord {
  const m = /^([A-Z][a-z]+)['’]s$/.exec(w.text)
  if (!m || (!lex.placeNames.has(m[1]!) && !lex.byPinyin(pinyinKey(m[1]!)))) return w
  return { text: m[1]!, start: w.start, end: w.end - 2 }
}

/**
 * Whether bare stem i stands between another place's name and the rest of an institution's name (Beijing Tongren Hospital,
 * Shanghai Ruijin Hospital, Guangzhou Zhongshan University) without naming a division inside that place: then it is the
 * institution's own name (同仁医院, not 铜仁市), as the Chinese gold lists no place for such a name (朝阳医院 on zh dev 571).
 * `divisions`: those the stem would name (a province or prefecture before a county); one inside the place before it is still
 * named (Guangdong Shantou University: 汕头市).
 */
function institutionOwnName(text: string, words: readonly EnWord[], i: number, before: Candidate | undefined, divisions: readonly Division[], lex: EnglishLexicon): boolean {
  if (i === 0 || !before || before.end !== words[i - 1]!.end || text.slice(words[i - 1]!.end, words[i]!.start) !== ' ') return false
  const head = lex.bodies.headAfter.exec(text.slice(words[i]!.end))
  if (head?.[2] === undefined || lex.bodies.departmentKind(head[2]) !== 'other') return false
  return !divisions.some((d) => before.divisions.some((p) => isWithin(d, p)))
}

/** Whether lower-case word i, of two syllables at least, stands right before a capitalised level word or body head. */
function lowerBeforeHead(text: string, words: readonly EnWord[], i: number, lex: EnglishLexicon): boolean {
  const w = words[i]!.text
  const next = words[i + 1]
  if (!/^[a-z]{4,}$/.test(w) || !/[aeiouv].*[aeiouv]/.test(w) || !next || !isCapitalized(next.text)) return false
  return levelAfter(text, words, i + 1, lex) !== null || lex.bodies.headAfter.test(text.slice(words[i]!.end))
}

/** Whether word i is one of a list of capitalised names (Dongsheng, Xiaolan, Tanzhou and Banfu). */
function inNameList(text: string, words: readonly EnWord[], i: number): boolean {
  const gap = (a: number) => text.slice(words[a]!.end, words[a + 1]!.start)
  const name = (a: number) => a >= 0 && a < words.length && isCapitalized(words[a]!.text)
  const and = (a: number) => a >= 0 && a < words.length && words[a]!.text === 'and'
  const joined = (a: number, b: number) => (name(a) && name(b) && gap(a) === ', ') || (name(a) && and(a + 1) && name(b) && b === a + 2 && /^,? $/.test(gap(a)) && gap(a + 1) === ' ')
  return joined(i - 1, i) || joined(i - 2, i) || joined(i, i + 1) || joined(i, i + 2)
}

function listedAt(text: string, words: readonly EnWord[], i: number, lex: EnglishLexicon): { division: Division; next: number } | null {
  for (let j = Math.min(words.length, i + MAX_PHRASE); j > i; j--) {
    const p = phrase(text, words, i, j)
    const d = p !== null ? lex.placeNames.get(p) : undefined
    if (d) return { division: d, next: j }
  }
  return null
}

type LevelFound = { word: LevelWord; words: number; next: number }

/** The level word starting at word i, right after the place (one space between). */
function levelAfter(text: string, words: readonly EnWord[], i: number, lex: EnglishLexicon): LevelFound | null {
  if (i >= words.length || text.slice(words[i - 1]!.end, words[i]!.start) !== ' ') return null
  for (let j = Math.min(words.length, i + MAX_LEVEL_PHRASE); j > i; j--) {
    const p = phrase(text, words, i, j)
    const word = p !== null ? lex.levelWords.get(p) : undefined
    if (word) return { word, words: j - i, next: j }
  }
  return null
}

/** Whether the name at word i, alone or in a list of names, names a river, lake or mountain (the Lishui and Yuanjiang rivers). */
function featureAfter(text: string, words: readonly EnWord[], i: number, lex: EnglishLexicon): boolean {
  for (let j = i + 1; j < words.length && j < i + 8; j++) {
    const gap = text.slice(words[j - 1]!.end, words[j]!.start)
    const w = words[j]!.text
    // Right after the name any feature word (Lishui River); after a list only a plural one (… and Yuanjiang rivers).
    if (gap === ' ' && lex.features.has(w) && (j === i + 1 || /^[a-z]+s$/.test(w))) return true
    if ((gap !== ' ' && gap !== ', ') || (w !== 'and' && !isCapitalized(w))) return false
  }
  return false
}

/** The plural level word ending a list the word is in (Sichuan and Gansu provinces; Dongsheng, Xiaolan and Banfu towns). */
function listLevel(text: string, words: readonly EnWord[], i: number, lex: EnglishLexicon): LevelFound | null {
  for (let j = i + 1; j < words.length; j++) {
    const gap = text.slice(words[j - 1]!.end, words[j]!.start)
    if (gap === ' ') {
      const level = levelAfter(text, words, j, lex)
      if (level?.word.plural) return level
      if (words[j]!.text !== 'and') return null
    } else if (gap !== ', ') return null
    else if (!isCapitalized(words[j]!.text) && words[j]!.text !== 'and') return null
  }
  return null
}

/**
 * One division per mention. A stem that names a division and, under it, a county of the same name
 * (中山市 and its county-level row) names the division. Divisions inside or above another place of the
 * page win; a bare county or township stem needs such a place (Yushe, Shanxi Province), and otherwise the
 * highest level decides where only one division has it, or the larger of two prefectures of one stem (Suzhou).
 */
function resolve(found: Candidate[]): PlaceMention[] {
  const own = (ds: readonly Division[]) => ds.filter((d) => !(d.parent && d.parent.name === d.name && ds.includes(d.parent)))
  for (const c of found) c.divisions = own(c.divisions)
  const choose = (c: Candidate, context: readonly Division[]): Division | null => {
    const related = (d: Division) => context.some((s) => s !== d && (isWithin(d, s) || isWithin(s, d)))
    let ds = c.divisions
    const near = ds.filter(related)
    if (near.length) ds = near
    else if (c.needsContext) return null
    if (ds.length > 1) {
      const top = highest(ds)
      ds = ds.filter((d) => d.level === top)
    }
    // Two divisions of one stem and level that the page does not tell apart: the larger (data/en-stem-defaults.tsv).
    if (ds.length > 1 && c.fallback && ds.includes(c.fallback)) return c.fallback
    return ds.length === 1 ? ds[0]! : null
  }
  // Stems that name a division by themselves first, then those that need the page's places around them.
  const sure = found.filter((c) => c.divisions.length === 1 && !c.needsContext).map((c) => c.divisions[0]!)
  const chosen = new Map<Candidate, Division | null>(found.filter((c) => !c.needsContext).map((c) => [c, choose(c, sure)]))
  const context = [...chosen.values()].filter((d): d is Division => d !== null)
  for (const c of found) if (c.needsContext) chosen.set(c, choose(c, context))
  return found.flatMap((c) => {
    const d = chosen.get(c)
    return d ? [placeMention(c.start, c.end, [], d, c.rule)] : []
  })
}

const ORDER: readonly PlaceLevel[] = ['province', 'prefecture', 'county', 'township']
const highest = (ds: readonly Division[]): PlaceLevel => ORDER.find((l) => ds.some((d) => d.level === l))!
