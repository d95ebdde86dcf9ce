import { tokenStartingAt, type Tokens } from '../segment/tokens.js'
import { isHan, UnitSet } from '../text/chars.js'
import type { PersonLexicon } from './lexicon.js'
import type { NameMention } from './types.js'

const DOTS = UnitSet.of(['·•・'])
// A middle dot at `at` (tested by code unit: asked for every run of transliteration characters), or a word that is one.
const dotAt = (text: string, at: number) => DOTS.has(text.charCodeAt(at))
const isDot = (word: string) => word.length === 1 && DOTS.has(word.charCodeAt(0))
/** The rule of a transliteration that is also a country or a world city's name. */
export const PLACE_RULE = 'transliterated-place'

/** Weights of the evidence for a transliterated name; see WEIGHTS in recognize.ts for the scale. */
export const FOREIGN = { minMean: 1.0, minChar: -2.5, base: -1.5, perChar: 1.0, dot: 3, jiebaName: 1.5, twoChars: -1, place: -3, tailChar: -2, tailWordChar: -1, tailEnd: 1 }
const FUNCTION_POS = /^(?:c|p|u[a-z]?|r|d|f|m|q|y|e|o)$/
// Parts of speech of ordinary words: verbs and adjectives (嘱托/v, 殷切/a, 期望/vn).
const ORDINARY_POS = new Set(['v', 'vd', 'vn', 'a', 'ad', 'an'])


/**
 * Characters after `from` that still belong to a transliterated name the segmenter cut short or glued
 * to what follows (卡巴/nrt 杰时/x, 赫里斯/nr 坚科/x, ·伯德/x 捆绑/v, ·德米特里/nrt 延科均/x): taken one by
 * one while they may be transliteration and are no function word, title or speech verb — across any
 * word after a middle dot, else only inside the segmenter's unknown words and single characters — then,
 * unless a middle dot follows, given back from the end down to a character that ends such names (科,
 * 杰, not 均, 捆).
 */
function tail(lex: PersonLexicon, tokens: Tokens, text: string, from: number, afterDot: boolean): number {
  let e = from
  while (e < text.length && e - from < 8) {
    const c = text.charCodeAt(e)
    const t = tokens.list[tokens.at[e]!]
    const word = t !== undefined && t.pos !== 'x' && t.end - t.start > 1
    // A dictionary word (宣布/v) is crossed only after a dot and only where each character is a likely one.
    if (c < 0x4e00 || c > 0x9fff || lex.functionChars['name-stop'].has(c) || lex.foreign[c]! < (word ? FOREIGN.tailWordChar : FOREIGN.tailChar)) break
    if (t && t.start === e && (lex.roleAt(text, e) || lex.verbAt(text, e) || (!afterDot && word))) break
    e++
  }
  // A middle dot after them says the part is whole (汤姆/nr 士/n ·史达福).
  if (dotAt(text, e)) return e
  while (e > from && lex.foreign[text.charCodeAt(e - 1)]! < FOREIGN.tailEnd) e--
  return e
}

/**
 * After a middle dot the next part is a name whatever the segmenter made of it (·沙/nr 佛尔/nz 霍夫/x,
 * ·阿马/ns 特在/d, ·甘地/n): its first word is taken whole unless it is a function word, then the tail.
 */
function partAfterDot(lex: PersonLexicon, tokens: Tokens, text: string, at: number): number {
  const t = tokenStartingAt(tokens, at)
  const whole = t && t.pos !== 'x' && !FUNCTION_POS.test(t.pos) && !lex.roleAt(text, at) && !lex.verbAt(text, at) && [...t.word].every((ch) => isHan(ch.charCodeAt(0)))
  return tail(lex, tokens, text, whole ? t.end : at, true)
}

/**
 * Transliterated names (克林顿, 基里延科, 卡洛斯·阿马特): maximal runs of words made of characters that
 * jieba's transliterated person entries use far more than other words do, joined by ·. Context
 * (a title before, a speech verb after) and places found earlier are the caller's, as for Chinese
 * names; country names and words the segmenter calls places are not persons.
 */
export function foreignCandidates(text: string, tokens: Tokens, lex: PersonLexicon): NameMention[] {
  const toks = tokens.list
  const out: NameMention[] = []
  // A word of transliteration characters on average, none of them foreign to names (基里延科: 延 is rare);
  // decided once per token.
  const known = new Uint8Array(toks.length)
  const fitsAt = (k: number) => {
    if (known[k]) return known[k] === 2
    const w = toks[k]!.word
    let sum = 0
    let ok = true
    for (let i = 0; i < w.length && ok; i++) {
      const c = w.charCodeAt(i)
      const f = lex.foreign[c]!
      if (c < 0x4e00 || c > 0x9fff || f < FOREIGN.minChar) ok = false
      sum += f
    }
    ok &&= sum / w.length >= FOREIGN.minMean
    known[k] = ok ? 2 : 1
    return ok
  }
  for (let i = 0; i < toks.length; i++) {
    if (!fitsAt(i) || (i > 0 && toks[i - 1]!.end === toks[i]!.start && fitsAt(i - 1))) continue
    let j = i
    while (j + 1 < toks.length && toks[j + 1]!.start === toks[j]!.end && (fitsAt(j + 1) || (isDot(toks[j + 1]!.word) && j + 2 < toks.length && fitsAt(j + 2)))) j++
    // A country before the name is where the person is from (尼日利亚/ns 奥利/nz 塞赫/x).
    const from = j > i && lex.foreignPlaces.has(toks[i]!.word) ? i + 1 : i
    const start = toks[from]!.start
    let end = tail(lex, tokens, text, toks[j]!.end, false)
    if (dotAt(text, end)) {
      const e = partAfterDot(lex, tokens, text, end + 1)
      if (e > end + 1) end = e
    } else if (dotAt(text, toks[j]!.start - 1)) end = partAfterDot(lex, tokens, text, toks[j]!.start)
    while (j + 1 < toks.length && toks[j + 1]!.end <= end) j++
    const name = text.slice(start, end)
    // Ordinary verbs and adjectives of the dictionary, whole, are no transliteration (总书记/n 殷切/a 嘱托/v).
    if (end === toks[j]!.end && toks.slice(from, j + 1).every((t) => ORDINARY_POS.has(t.pos))) continue
    const letters = name.replace(/[·•・]/g, '')
    if (letters.length < 2 || letters.length > 14) continue
    let score = FOREIGN.base
    for (let k = 0; k < letters.length; k++) score += FOREIGN.perChar * Math.min(lex.foreign[letters.charCodeAt(k)]!, 2.5) / Math.sqrt(letters.length)
    if (name !== letters) score += FOREIGN.dot
    if (letters.length === 2) score += FOREIGN.twoChars
    if (from === j && /^(?:nr|nrt|nrfg)$/.test(toks[j]!.pos)) score += FOREIGN.jiebaName
    if (from === j && toks[j]!.pos === 'ns') score += FOREIGN.place
    // A country or world city (杰克逊, 戴维斯) is kept for the caller, who takes it only after a title.
    out.push({ start, end, name, score, rule: lex.foreignPlaces.has(name) ? PLACE_RULE : 'transliterated' })
  }
  return out
}

/** The score of a name made of minority name parts, before its context (see WEIGHTS in recognize.ts). */
const MINORITY_BASE = 2
/** The characters of the part before a middle dot that a name of minority parts after the dot takes with it (珠康·). */
const DOTTED_FIRST = 2
/** Tags of a dictionary word of two characters before a middle dot that is no clan or house name (风采/n, 发展/vn). */
const ORDINARY_CLAN = new Set(['n', 'v', 'vn', 'a', 'an', 'ad', 'd'])
/** The shortest minority part that makes a name with a Chinese surname before it (格日乐 of 佟格日乐; not 古丽). */
const SURNAMED_PART_MIN = 3

/**
 * Tibetan, Uyghur, Kazakh and Mongolian names written in Chinese (扎西顿珠, 买买提·吐尔逊, 热依拉·买买提): two or
 * more parts of data/minority-name-parts.txt in a row, or joined by a middle dot, or a Chinese surname and one part
 * of three characters (佟格日乐). The caller adds context
 * as for transliterated names; a dot makes one a name by itself.
 */
export function minorityCandidates(text: string, lex: PersonLexicon, tokens: Tokens): NameMention[] {
  const out: NameMention[] = []
  let last = 0
  for (let i = 0; i < text.length; i++) {
    if (i < last) continue
    let e = lex.minorityPartAt(text, i)
    if (e === undefined) continue
    let parts = 1
    for (;;) {
      const dotted = dotAt(text, e)
      const next = lex.minorityPartAt(text, dotted ? e + 1 : e)
      if (next === undefined) break
      e = next
      parts++
    }
    // One part of three characters or more after a Chinese surname (佟格日乐, 包巴特尔): a Mongolian name with a surname.
    const surnamed = parts === 1 && e - i >= SURNAMED_PART_MIN && i > 0 && lex.surnamePriorAt(text, i - 1, 1) !== undefined
    if (parts < 2 && !surnamed) continue
    last = e
    let start = surnamed ? i - 1 : i
    // After a middle dot the parts are the second half of a name whose first part, of two characters as a clan or house
    // name mostly is, stands before the dot (珠康·土登克珠, 琼布·阿旺强巴坚赞): the name begins there, not at the dot.
    // Not an ordinary word of the dictionary (委员风采·扎西顿珠), nor a part that is no Han (A·扎西顿珠): the name begins after the dot.
    if (dotAt(text, start - 1) && start - 1 >= DOTTED_FIRST && isHan(text.charCodeAt(start - 2)) && isHan(text.charCodeAt(start - 1 - DOTTED_FIRST))) {
      const w = tokenStartingAt(tokens, start - 1 - DOTTED_FIRST)
      if (!(w && w.end === start - 1 && ORDINARY_CLAN.has(w.pos))) start -= 1 + DOTTED_FIRST
    }
    out.push({ start, end: e, name: text.slice(start, e), score: MINORITY_BASE, rule: 'transliterated' })
  }
  return out
}
