import type { Tokens } from '../segment/tokens.js'
import { isHan, UnitSet } from '../text/chars.js'
import type { PersonLexicon } from './lexicon.js'
import type { NameMention } from './types.js'
import { NAME_LIKE_TAGS } from './tags.js'

/** The middle dots between the parts of a name, by code unit: the scan for them asks every position of the text. */
const DOT_UNITS = UnitSet.of(['·•・'])
/** The dot a person's name is given with (GUIDE.md: the canonical form a user looks it up by), whichever the page prints. */
const NAME_DOT = '\u00b7'
const OTHER_DOTS = /[•・]/g

/** A dotted name in its canonical form: the parts joined by the middle dot (雪克来提 • 扎克尔, printed with a bullet → 雪克来提·扎克尔). */
export function canonicalDots(name: string): string {
  return name.replace(OTHER_DOTS, NAME_DOT)
}

/** The most characters of one part of a dotted name (阿不都力提甫, 约尔古丽). */
const PART_MAX = 7
/** The fewest: a part of one character is no part (X·Y of a slogan). */
const PART_MIN = 2
/**
 * Tags of a dictionary word that a part may be without the segmenter doubting it (书香/n·政协/j is no name): the
 * name-like tags and a place's (ns), which many transliterated parts are to the segmenter (阿不都热西提/ns).
 */
const NAME_LIKE = new Set([...NAME_LIKE_TAGS, 'ns'])
/** Tags of a function word that ends the last part where the segmenter begins one (·格列朗杰|的/uj 委托); not 都/d of 阿不都. */
const CLOSING = new Set(['c', 'p', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'r', 'f', 'y', 'e', 'o', 't'])
/**
 * …where the last part ends: not 地/uv, the particle that follows an adverb, never a name, and the last
 * character of Uyghur names (司马义·铁力瓦尔地|应邀出席, 吐尔地 of data/minority-name-parts.txt).
 */
const LAST_CLOSING = new Set([...CLOSING].filter((t) => t !== 'uv'))

/**
 * The least mean fit of the characters to transliterated names (data/name-chars.tsv): names with a dot reach it
 * (策墨林·单增赤列 -0.7, 阿不都力提甫·阿不都热依木 -0.4, 马克思·韦伯 2.3), titles of campaigns and columns written
 * with one do not (烈士·名人园 -1.0, 书香政协·悦读江城 -2.2, 有事来协商·共襄齐乐事 -2.5). (肖开提·依明, -0.81, stays out:
 * -0.9 lets a false name into People's Daily, round 14.)
 */
const MIN_MEAN = -0.8
/**
 * …and the least of a name that is an item of a 、-list beside a dotted name that reaches MIN_MEAN (…、祖木热提·吾布力、
 * 肖开提·依明 -0.81、艾斯海提·克里木拜、, …、曲鲁木·曲红 -1.31、艾斯比顿·赛买提当选: dev 801, 735): the list of names says
 * name where the characters, Chinese ones in part, do not. Slogans stay far below (书香政协·悦读江城 -2.2).
 */
const LISTED_MIN_MEAN = -1.6
const ENUMERATION_COMMA = 0x3001

/** The rule of a name whose parts a middle dot joins (铁力瓦尔迪·阿不都热西提). */
export const DOTTED_RULE = 'dotted'

/**
 * Uyghur, Kazakh, Tibetan and foreign names written with a middle dot between Chinese parts (艾斯海提·克里木拜,
 * 库来惜·阿不都拉, 珠康·土登克珠) whatever characters they use: the dot is the evidence, the work is to find
 * where the name begins and ends. The first part begins where the segmenter's word begins after a title, a
 * cue word or a mark (自治区副主席|铁力瓦尔迪·, 、|柯赛江·); the last part ends, nearest first, before a title,
 * verb of speech or of presence or a cue word that begins a word of the segmenter (·克里木拜|主持会议 — not
 * inside 阿不都热西提/ns of 提到; ·乌合拜|当选为) or a function word (·格列朗杰|的委托), else before a mark (·阿不都拉|，), else before a one-character credit verb that
 * closes the credit (·次仁|摄), else before a one-character verb the
 * segmenter set apart (·阿不都热西提|到/v 会). `strong`: both ends are clean, or a title or cue is before it.
 */
export function dottedNames(text: string, tokens: Tokens, lex: PersonLexicon): Array<NameMention & { strong: boolean }> {
  const out: Array<NameMention & { strong: boolean }> = []
  // Dots whose last part found no end (·阿不都满金|作自治区…) or only a verb's: read again, after the pass, as a name
  // the page writes whole elsewhere, its end clean (努尔兰·阿不都满金，): its first part → the whole names.
  const open: Array<{ start: number; d: number; found?: NameMention & { strong: boolean } }> = []
  // Names read with only a verb (the open path) or a function word after them: the only ones a shorter name may cut.
  const loose = new Set<NameMention>()
  const whole = new Map<string, string[]>()
  // Names below MIN_MEAN, clean at both ends, kept only as an item of a 、-list beside a name that reaches it (LISTED_MIN_MEAN).
  const listedOnly: Array<NameMention & { strong: boolean }> = []
  let after = -1
  for (let d = 1; d + 1 < text.length; d++) {
    if (d <= after || !DOT_UNITS.has(text.charCodeAt(d)) || !isHan(text.charCodeAt(d - 1)) || !isHan(text.charCodeAt(d + 1))) continue
    const [start, titled] = firstPartStart(text, tokens, lex, d)
    if (start < 0) continue
    // Further parts: every dot the parts are joined by.
    let last = d + 1
    for (;;) {
      let e = last
      while (e < text.length && e - last < PART_MAX && isHan(text.charCodeAt(e))) e++
      if (DOT_UNITS.has(text.charCodeAt(e)) && e - last >= PART_MIN && isHan(text.charCodeAt(e + 1))) { last = e + 1; continue }
      break
    }
    const [end, clean, byWord] = lastPartEnd(text, tokens, lex, last)
    if (end < 0) { open.push({ start, d }); continue }
    after = end
    const name = text.slice(start, end)
    if (!nameLike(tokens, start, end)) continue
    const mean = transliterationMean(lex, name)
    const strong = titled || clean
    const found = { start, end, name, score: 0, rule: DOTTED_RULE, strong }
    if (mean < MIN_MEAN) { if (clean && mean >= LISTED_MIN_MEAN) listedOnly.push(found); continue }
    // Where only a verb set apart ended it (·阿不都满金勉励|他们), it is read again after the pass too.
    if (clean) { out.push(found); const first = text.slice(start, d); whole.set(first, [...(whole.get(first) ?? []), name]); if (byWord) loose.add(found) }
    else open.push({ start, d, found })
  }
  // The first part may begin after where the pass began it (祝贺|努尔兰·, 陈小江|艾尔肯·: words run together in a heading).
  for (const { start, d, found } of open) {
    let again: (typeof out)[number] | undefined
    for (let k = start; k <= d - PART_MIN && !again; k++) {
      const name = whole.get(text.slice(k, d))?.find((n) => text.startsWith(n, k))
      if (name) again = { start: k, end: k + name.length, name, score: 0, rule: DOTTED_RULE, strong: true }
    }
    if (again) out.push(again)
    else if (found) { out.push(found); loose.add(found) }
  }
  // A name so read longer than one the page writes more often, the same first part (努尔兰·阿不都满金|接受了,
  // beside three 努尔兰·阿不都满金 ended by a title or a function word): the verb after it was read into it. Only where
  // the characters cut begin a verb or function word: a name that ended cleanly is another name (古丽·艾力江、 beside
  // 古丽·艾力, 阿依古丽·买买提明|发言 beside 阿依古丽·买买提).
  if (listedOnly.length) {
    const ends = new Set(out.map((m) => m.end))
    const starts = new Set(out.map((m) => m.start))
    for (const m of listedOnly) {
      const before = text.charCodeAt(m.start - 1) === ENUMERATION_COMMA && ends.has(m.start - 1)
      const afterIt = text.charCodeAt(m.end) === ENUMERATION_COMMA && starts.has(m.end + 1)
      if (before || afterIt) out.push(m)
    }
  }
  const times = new Map<string, number>()
  for (const m of out) times.set(m.name, (times.get(m.name) ?? 0) + 1)
  return out.map((m) => {
    if (!loose.has(m)) return m
    const dot = m.name.search(/[·•・]/)
    const shorter = whole.get(m.name.slice(0, dot))?.find((n) => n.length < m.name.length && m.name.startsWith(n) && times.get(n)! > times.get(m.name)! && cutAtWord(tokens, m.start + n.length))
    return shorter ? { ...m, end: m.start + shorter.length, name: shorter } : m
  }).sort((a, b) => a.start - b.start)
}

/**
 * Where the first part of a name whose first dot is at `d` begins, or -1, and whether a title or cue ends there:
 * the nearest start at least PART_MIN before the dot where a title, cue or mark ends, or a function word or verb
 * of one character (原名叫|娜塔·, 的人对|比尔·). An ordinary word of the dictionary on the way (发行人/n) is part of
 * the name after a title or a mark (自治区副主席|铁力/n 瓦尔迪·, ，|铁力/n 瓦尔迪·), not after a function word: the name
 * begins after it (的发行人|汉斯·).
 */
function firstPartStart(text: string, tokens: Tokens, lex: PersonLexicon, d: number): [number, boolean] {
  let ordinaryEnd = -1
  for (let k = d - 1; k >= Math.max(0, d - PART_MAX); k--) {
    if (!isHan(text.charCodeAt(k))) break
    // A verb of one character that closes the credit before is no part of the name (贡嘎来松 摄|琼布·阿旺强巴坚赞).
    if (d - k >= PART_MIN && k > 0 && lex.creditVerbAt(text, k - 1)?.length === 1) return [k, false]
    if (!(k === 0 || tokens.isStart[k] === 1)) continue
    const t = tokens.list[tokens.at[k]!]!
    // A function word is never part of it (美国的/uj 塞·威廉姆斯: the part after it is too short to be one).
    if (t.end <= d && CLOSING.has(t.pos)) return [d - t.end >= PART_MIN ? t.end : -1, false]
    if (ordinaryEnd < 0 && t.end - t.start >= 2 && t.end <= d && !NAME_LIKE.has(t.pos)) ordinaryEnd = t.end
    if (d - k < PART_MIN) continue
    const titled = lex.roleEndingAt(text, k) !== undefined || lex.cueEndingAt(text, k) !== undefined
    if (titled) return [k, true]
    const before = k > 0 ? tokens.list[tokens.at[k - 1]!] : undefined
    const closing = before !== undefined && before.end === k && (CLOSING.has(before.pos) || (before.pos === 'v' && before.end - before.start === 1))
    if (k === 0 || !isHan(text.charCodeAt(k - 1))) return [k, false]
    if (closing) return [ordinaryEnd >= 0 ? (d - ordinaryEnd >= PART_MIN ? ordinaryEnd : -1) : k, false]
  }
  return [-1, false]
}

/** A title, verb of speech or presence, or cue word that begins at `e` where a word of the segmenter begins. */
function contextAt(text: string, tokens: Tokens, lex: PersonLexicon, e: number): boolean {
  if (!(e === text.length || tokens.isStart[e] === 1)) return false
  if (lex.roleAfterNameAt(text, e) !== undefined || lex.verbAt(text, e) !== undefined || lex.presenceAt(text, e) !== undefined ||
    lex.cueAt(text, e) !== undefined || lex.electedAt(text, e) !== undefined) return true
  // A verb of election whose title comes after a body (·乌合拜|当选为自治州政协第十四届委员会主席): data/title-words.tsv, dotted-end.
  return lex.titleWords.dottedEnds.longestAt(text, e) !== undefined
}

/**
 * Where the part that begins at `from` ends (see dottedNames), or -1, and whether a title, cue, function
 * word or mark says so (not only a verb the segmenter set apart), and whether only a function word did (·吐尔逊巴依接受|了:
 * a verb before it may have been read into the name).
 */
function lastPartEnd(text: string, tokens: Tokens, lex: PersonLexicon, from: number): [number, boolean, boolean?] {
  const limit = Math.min(text.length, from + PART_MAX)
  let mark = -1
  let verb = -1
  for (let e = from + PART_MIN; e <= limit; e++) {
    if (!isHan(text.charCodeAt(e - 1))) break
    if (contextAt(text, tokens, lex, e)) return [e, true]
    // A verb of one character that closes a credit after the name is no part of it (记者 格桑·次仁 摄: the space
    // before 摄 is gone from the normalised text).
    if (e < text.length && lex.creditVerbAt(text, e)?.length === 1 && (e + 1 === text.length || !isHan(text.charCodeAt(e + 1)))) return [e, true]
    const t = tokens.isStart[e] === 1 ? tokens.list[tokens.at[e]!] : undefined
    if (t && LAST_CLOSING.has(t.pos)) return [e, true, true]
    if (mark < 0 && (e === text.length || !isHan(text.charCodeAt(e)))) mark = e
    if (verb < 0 && t && t.pos === 'v' && t.end === t.start + 1) verb = e
    if (mark >= 0) break
  }
  return mark >= 0 ? [mark, true] : [verb, false]
}

/** A verb or function word of the segmenter begins at `e` (·阿不都满金|接受/v, ·阿不都满金|作/v). */
function cutAtWord(tokens: Tokens, e: number): boolean {
  const t = tokens.isStart[e] === 1 ? tokens.list[tokens.at[e]!] : undefined
  return t !== undefined && (t.pos.startsWith('v') || t.pos === 'p' || t.pos.startsWith('u'))
}

/** The mean fit of the name's characters to transliterated names (lex.foreign, a log ratio). */
function transliterationMean(lex: PersonLexicon, name: string): number {
  let sum = 0
  let n = 0
  for (let k = 0; k < name.length; k++) {
    if (DOT_UNITS.has(name.charCodeAt(k))) continue
    sum += lex.foreign[name.charCodeAt(k)]!
    n++
  }
  return n ? sum / n : -Infinity
}

/** Not every part one ordinary word of the dictionary (书香/n·政协/j). */
function nameLike(tokens: Tokens, s: number, e: number): boolean {
  for (let k = tokens.at[s]!; k < tokens.list.length && tokens.list[k]!.start < e; k++) {
    const t = tokens.list[k]!
    if (t.word.length === 1 && DOT_UNITS.has(t.word.charCodeAt(0))) continue
    if (NAME_LIKE.has(t.pos) || t.end - t.start === 1 || t.end > e) return true
  }
  return false
}
