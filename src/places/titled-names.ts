import type { PersonLexicon } from '../persons/lexicon.js'
import { isHan } from '../text/chars.js'
import type { Tokens } from '../segment/tokens.js'
import type { PlaceMention } from './types.js'

// A short form of two characters inside a three-character name.
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
 * Drops the division of every place mention inside a titled person's name (titledName), and inside any further
 * writing of such a name on the page (秘书长黄山明主持会议 … 黄山明在会上). Names are few: each mention of a
 * division is compared with the names of that division only.
 */
export function dropTitledNames(t: string, tokens: Tokens, ms: readonly PlaceMention[], p: PersonLexicon): void {
  const names: Array<{ name: string; at: number; division: PlaceMention['division'] }> = []
  for (const m of ms) {
    const n = m.division ? titledName(t, tokens, m, p) : null
    if (n) names.push({ name: t.slice(n[0], n[1]), at: m.start - n[0], division: m.division })
  }
  if (!names.length) return
  for (const m of ms) {
    for (const n of names) if (m.division === n.division && t.startsWith(n.name, m.start - n.at)) m.division = null
  }
}
