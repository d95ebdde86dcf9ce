import type { BodyMention } from '../committees/types.js'
import { isHan, isWhitespace } from '../text/chars.js'
import type { PersonLexicon } from './lexicon.js'
import { isCreditSpace } from './lists.js'

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

/** How far `marksBefore` backs: over white space (newline too) and marks ('lines'), the same within a line ('line'), spaces around one mark ('mark'). */
export type MarkReach = 'lines' | 'line' | 'mark'

/** Back from `at` over the marks that set a credit apart from its name, as far as `reach`: where they begin (`at` where none is). */
export function marksBefore(lex: PersonLexicon, text: string, at: number, reach: MarkReach): number {
  let k = at
  if (reach === 'mark') {
    while (k > 0 && isCreditSpace(text.charCodeAt(k - 1))) k--
    if (k > 0 && lex.functionChars['credit-mark'].has(text.charCodeAt(k - 1))) k--
    while (k > 0 && isCreditSpace(text.charCodeAt(k - 1))) k--
    return k
  }
  if (reach === 'line') {
    while (k > 0 && creditMark(lex, text, k - 1)) k--
    return k
  }
  while (k > 0 && (isWhitespace(text.charCodeAt(k - 1)) || lex.functionChars['credit-mark'].has(text.charCodeAt(k - 1)))) k--
  return k
}


// The mark that closes a field's label in a credit line (作者：, 编辑:).
const FIELD_MARK = /[:：]/

/** Whether the credit ending at `end` is a field's label: a colon right after it, across spaces (编辑：, 作者 :). */
export function labelledAt(text: string, end: number): boolean {
  let k = end
  while (k < text.length && isCreditSpace(text.charCodeAt(k))) k++
  return FIELD_MARK.test(text[k] ?? '')
}

/**
 * Where a credit ends that is set apart by marks only from the credit beginning at `start` (文字 of 文字/摄影, 撰文 of
 * 撰文 记者): -1 where none is, or where that credit closes the name written before it (李学仁 摄 通讯员…: 摄 is 李学仁's),
 * or where it is the label of an empty field, its colon among the marks, before a credit `labelled` with a colon of its
 * own (作者：　编辑：李佳萌: 李佳萌 is the editor only; 作者:全媒体记者 徐文博 stays one name's).
 */
export function creditJoinedBefore(lex: PersonLexicon, text: string, start: number, nameEnds: ReadonlySet<number>, labelled = false): number {
  const k = marksBefore(lex, text, start, 'line')
  if (k === start || k === 0) return -1
  if (labelled && FIELD_MARK.test(text.slice(k, start))) return -1
  const markCredit = lex.markCreditEndingAt(text, k)
  const w = lex.roleEndingAt(text, k) ?? markCredit?.role
  if (w === undefined || !(lex.isCredit(w) || markCredit)) return -1
  return nameEnds.has(marksBefore(lex, text, k - w.length, 'line')) ? -1 : k
}

/**
 * A unit written between a credit and the name beginning at `at` (marks skipped): where the credit ends and the
 * unit's body, null where the unit is no body read (撰稿:党政办公室 尤佳锋). Undefined where no credit comes before a unit.
 * The unit is Han characters only, a body read there or a word that ends a department (办, 室, 部: data/title-words.tsv).
 */
export function creditAcrossUnit(lex: PersonLexicon, text: string, at: number, byEnd: ReadonlyMap<number, BodyMention>, nameEnds: ReadonlySet<number>): { end: number; org: BodyMention | null } | undefined {
  // A name is no unit (记者 王科 张三).
  if (nameEnds.has(at)) return undefined
  for (let d = at - 1; d >= Math.max(1, at - UNIT_MAX); d--) {
    if (!isHan(text.charCodeAt(d))) return undefined
    if (!creditMark(lex, text, d - 1)) continue
    const k = marksBefore(lex, text, d, 'line')
    const w = lex.roleEndingAt(text, k)
    if (w === undefined || !lex.isCredit(w)) continue
    const org = bodyWithin(d, at + 1, byEnd, { longest: true, anyRegion: true })
    const tw = lex.titleWords
    if (org === null && !tw.departmentEnd.includes(text[at - 1]!) && tw.bodyEnd.longestEndingAt(text, at) === undefined) return undefined
    return { end: k, org }
  }
  return undefined
}

/** A body read from `from` ending before `to`: the shortest of no region (县委 of 县委书记), or as `options` say the longest, of any; null where none. */
export function bodyWithin(from: number, to: number, byEnd: ReadonlyMap<number, BodyMention>, options: { longest?: boolean; anyRegion?: boolean } = {}): BodyMention | null {
  const step = options.longest ? -1 : 1
  for (let e = options.longest ? to - 1 : from + 1; e > from && e < to; e += step) {
    const b = byEnd.get(e)
    if (b && b.start === from && (options.anyRegion || b.region === null)) return b
  }
  return null
}
