import type { Trie } from '../lexicon/trie.js'
import type { PlaceMention } from '../places/types.js'
import { placesIn, SENTENCE_END } from './spans.js'

/** The words of a guest invited to lecture (data/guest-words.tsv): after the guest, before it, and the lecture. */
export type GuestWords = { invited: Trie<true>; invite: Trie<true>; lecture: Trie<true> }

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
  const between = (from: number, to: number) => { out.push(...placesIn(ms, from, to)) }
  for (let i = 0; i < text.length; i++) {
    const after = words.invited.longestAt(text, i)
    const before = after ? undefined : words.invite.longestAt(text, i)
    const w = after ?? before
    if (!w) continue
    const lecture = lectureAfter(text, w.end, words.lecture)
    if (lecture < 0) { i = w.end - 1; continue }
    if (after) {
      let s = i
      while (s > 0 && !CLAUSE_START.test(text[s - 1]!)) s--
      between(s, i)
    } else between(w.end, lecture)
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
