import type { PersonLexicon } from '../persons/lexicon.js'
import { isHan } from '../text/chars.js'
import type { Tokens } from '../segment/tokens.js'
import type { PlaceMention } from './types.js'
import { NAME_MAX } from '../persons/types.js'

// A short form of two characters inside a name (杜永安, 黄山明; 葛晶晶 after 处长, whose given name may have two characters).
const FORM = 2
const GIVEN_MAX = 2
// The segmenter's part of speech of a preposition (于).
const PREPOSITION = 'p'

/**
 * The name of a person right after a title that a place written short (no suffix) is part of: 部长 + 杜 + 永安
 * (杜永安), 秘书长 + 黄山 + 明 (黄山明), 处长 overlapping 长葛 + 晶晶 (葛晶晶), as [start, end); else null. The name
 * stands between the title and the text's next mark or a verb of attending (主持, 出席) or another verb: the place
 * names no region of the page (dev 274, 564, 622: 黄山市人大, 永安市政协, 长葛市委统战部 were read from such names).
 */
export function titledName(t: string, tokens: Tokens, m: PlaceMention, p: PersonLexicon): [number, number] | null {
  if (m.end - m.start !== FORM || !m.division || t.slice(m.start, m.end) === m.division.name) return null
  const ends = (e: number) => e >= t.length || !isHan(t.charCodeAt(e)) || p.presenceAt(t, e) !== undefined || p.verbAt(t, e) !== undefined
  // 部长 + 杜 + 永安: a one-character surname between the title and the place; not a word the segmenter reads as a
  // preposition (副主席 + 于 + 北京出席: the leader is at the place).
  const one = tokens.isStart[m.start - 1] === 1 && tokens.isStart[m.start] === 1 ? tokens.list[tokens.at[m.start - 1]!] : undefined
  if (p.surnameStart.has(t.charCodeAt(m.start - 1)) && one?.pos !== PREPOSITION && p.roleEndingAt(t, m.start - 1) && ends(m.end)) return [m.start - 1, m.end]
  // 秘书长 + 黄山 + 明: the place begins with the surname, one character of the given name after it.
  if (p.surnameStart.has(t.charCodeAt(m.start)) && p.roleEndingAt(t, m.start) && isHan(t.charCodeAt(m.end)) && ends(m.end + 1)) return [m.start, m.end + 1]
  // 处长 + 葛晶晶: the title's last character begins the place, whose second one is the surname.
  if (!p.surnameStart.has(t.charCodeAt(m.start + 1)) || !p.roleEndingAt(t, m.start + 1)) return null
  for (let e = m.end + 1; e <= m.end + GIVEN_MAX; e++) if (isHan(t.charCodeAt(e - 1)) && ends(e)) return [m.start + 1, e]
  return null
}

/**
 * Whether the mention lies inside a writing of one of the names `written` longer than itself: a name of up to NAME_MAX
 * characters around it, as a few slices of the text looked up (黄山明主持会议 … 黄山明在会上).
 */
export function inWrittenName(t: string, written: ReadonlySet<string>, m: { start: number; end: number }): boolean {
  if (!written.size) return false
  for (let s = Math.max(0, m.end - NAME_MAX); s <= m.start; s++) {
    for (let e = m.end; e <= Math.min(t.length, s + NAME_MAX); e++) if (e - s > m.end - m.start && written.has(t.slice(s, e))) return true
  }
  return false
}

/**
 * Drops the division of every place mention inside a titled person's name (titledName), and inside any further
 * writing of such a name on the page (秘书长黄山明主持会议 … 黄山明在会上): the one rule for a place inside a name
 * before the regions are read (市政协, 市委统战部 take no region from it); the place list drops the mentions inside
 * the names the persons stage reads too (places/stage.ts).
 */
export function dropTitledNames(t: string, tokens: Tokens, ms: readonly PlaceMention[], p: PersonLexicon): void {
  const names = new Set<string>()
  for (const m of ms) {
    const n = m.division ? titledName(t, tokens, m, p) : null
    // …with the place where the name begins inside it (处长 + 葛晶晶: 长葛晶晶, wherever written again).
    if (n) names.add(t.slice(Math.min(n[0], m.start), Math.max(n[1], m.end)))
  }
  if (!names.size) return
  for (const m of ms) if (m.division && inWrittenName(t, names, m)) m.division = null
}
