import type { BodyMention } from '../committees/types.js'
import { isHan, isWhitespace } from '../text/chars.js'
import type { PersonLexicon } from './lexicon.js'

// Credit lines of news pages: credits joined by the marks of a byline (文字/摄影 曾嘉雯, 撰文 记者 沈洁) are all the
// name's, and a credit may name the credited unit before the name (图文:黄埔区政协办 廖丸谊, 作者:民进中山市委会办公室叶裕华,
// 供稿:汉寿县政协周蔚环): the credit is the name's across the unit, whose body is the name's org (gold of dev 222, 1137,
// 1042, 1092, 556; README: a 政协's office is its 政协).

// The longest unit written between a credit and its name (民进中山市委会办公室).
const UNIT_MAX = 16

/** Whether the character at `i` sets a credit apart from what follows it on its line (a space, ：, /, 丨). */
function creditMark(lex: PersonLexicon, text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return (isWhitespace(c) && text[i] !== '\n') || lex.functionChars['credit-mark'].has(c)
}

/** Back from `at` over the marks that set a credit apart: where they begin (`at` itself where none is). */
function marksBefore(lex: PersonLexicon, text: string, at: number): number {
  let k = at
  while (k > 0 && creditMark(lex, text, k - 1)) k--
  return k
}

/**
 * Where a credit ends that is set apart by marks only from the credit beginning at `start` (文字 of 文字/摄影, 撰文 of
 * 撰文 记者): -1 where none is, or where that credit closes the name written before it (李学仁 摄 通讯员…: 摄 is 李学仁's).
 */
export function creditJoinedBefore(lex: PersonLexicon, text: string, start: number, nameEnds: ReadonlySet<number>, isCredit: (word: string) => boolean): number {
  const k = marksBefore(lex, text, start)
  if (k === start || k === 0) return -1
  const w = lex.roleEndingAt(text, k)
  if (w === undefined || !isCredit(w)) return -1
  return nameEnds.has(marksBefore(lex, text, k - w.length)) ? -1 : k
}

/**
 * A unit written between a credit and the name beginning at `at` (marks skipped): where the credit ends and the
 * unit's body, null where the unit is no body read (撰稿:党政办公室 尤佳锋). Undefined where no credit comes before a unit.
 * The unit is Han characters only, a body read there or a word that ends a department (办, 室, 部: data/title-words.tsv).
 */
export function creditAcrossUnit(lex: PersonLexicon, text: string, at: number, byEnd: ReadonlyMap<number, BodyMention>, nameEnds: ReadonlySet<number>, isCredit: (word: string) => boolean): { end: number; org: BodyMention | null } | undefined {
  // A name is no unit (记者 王科 张三).
  if (nameEnds.has(at)) return undefined
  for (let d = at - 1; d >= Math.max(1, at - UNIT_MAX); d--) {
    if (!isHan(text.charCodeAt(d))) return undefined
    if (!creditMark(lex, text, d - 1)) continue
    const k = marksBefore(lex, text, d)
    const w = lex.roleEndingAt(text, k)
    if (w === undefined || !isCredit(w)) continue
    const org = bodyFrom(byEnd, d, at)
    const tw = lex.titleWords
    if (org === null && !tw.departmentEnd.includes(text[at - 1]!) && tw.bodyEnd.longestEndingAt(text, at) === undefined) return undefined
    return { end: k, org }
  }
  return undefined
}

/** The longest body read from `start` that ends by `end`, null where none. */
function bodyFrom(byEnd: ReadonlyMap<number, BodyMention>, start: number, end: number): BodyMention | null {
  for (let e = end; e > start; e--) {
    const b = byEnd.get(e)
    if (b && b.start === start) return b
  }
  return null
}
