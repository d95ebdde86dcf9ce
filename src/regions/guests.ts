import type { Trie } from '../lexicon/trie.js'
import { ancestors } from '../places/gazetteer.js'
import type { Division, PlaceMention } from '../places/types.js'
import { placesIn, SENTENCE_END } from './spans.js'

/**
 * The words of a guest invited to lecture (data/guest-words.tsv): after the guest, before it, and the lecture; the
 * word of the audience after 应邀 (为) and the page's own audiences (全市, 我市, 本县: a bare 市政协 is none, as a visiting
 * lecturer addresses it as often).
 */
export type GuestWords = { invited: Trie<true>; invite: Trie<true>; lecture: Trie<true>; for: Trie<true>; own: Trie<true> }

// Where a clause begins (the guest's description runs from it to 应邀).
const CLAUSE_START = /[，,。；;！？!?\n：:]/

/**
 * The place mentions written in the description of a guest invited to lecture: in the clause before 应邀/受邀 (泰州市政协
 * 研究室副主任陈铭应邀就…作专题辅导), or from 邀请 to the lecture word (邀请来自威海市…的专家张江华作专题辅导), where
 * the sentence names a lecture after the invitation. They are no home of the page and no region of its relative words;
 * only these mentions: the guest's region written elsewhere on the page may still be the page's own (邀请市委党校教授).
 * One pass over the text; each invitation reads its own sentence only. A page that writes no other place keeps them.
 */
export function guestPlaces(text: string, ms: readonly PlaceMention[], words: GuestWords): PlaceMention[] {
  const out: PlaceMention[] = []
  // How often the page writes each division, counted once: a region written outside a lecturer's clause.
  const times = new Map<Division, number>()
  for (const m of ms) if (m.division) times.set(m.division, (times.get(m.division) ?? 0) + 1)
  for (let i = 0; i < text.length; i++) {
    const after = words.invited.longestAt(text, i)
    const before = after ? undefined : words.invite.longestAt(text, i)
    const w = after ?? before
    if (!w) continue
    const lecture = lectureAfter(text, w.end, words.lecture)
    if (lecture < 0) { i = w.end - 1; continue }
    if (after) {
      // A lecturer who speaks to the page's own audience (应邀为全市政协委员作专题辅导) is the page's own official.
      const audience = words.for.longestAt(text, w.end)
      if (audience && words.own.longestAt(text, audience.end)) { i = w.end - 1; continue }
      let s = i
      while (s > 0 && !CLAUSE_START.test(text[s - 1]!)) s--
      // So is one whose place lies inside a region the page writes outside the clause (芜湖市委书记…应邀…，安徽省政协…).
      const clause = placesIn(ms, s, i)
      const inClause = new Map<Division, number>()
      for (const m of clause) inClause.set(m.division!, (inClause.get(m.division!) ?? 0) + 1)
      for (const m of clause) if (!ancestors(m.division!).some((a) => (times.get(a) ?? 0) > (inClause.get(a) ?? 0))) out.push(m)
    } else out.push(...placesIn(ms, w.end, lecture))
    i = w.end - 1
  }
  // A page whose only places are written in a guest's description may be the lecturer's own (黄石市政协主席王明应邀为…作
  // 专题辅导): its places stay.
  const guests = new Set(out)
  return ms.some((m) => m.division && !guests.has(m)) ? out : []
}

/** Where the first lecture word after `from` in its sentence starts, or -1. */
function lectureAfter(text: string, from: number, lecture: Trie<true>): number {
  for (let p = from; p < text.length && !SENTENCE_END.test(text[p]!); p++) if (lecture.longestAt(text, p)) return p
  return -1
}
