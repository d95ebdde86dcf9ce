import type { PlaceMention } from '../places/types.js'
import { every, isHan } from '../text/chars.js'
import { ORDINAL } from '../text/grammar.js'
import type { Numerals } from '../text/numerals.js'
import type { BodyLexicon, Head } from './lexicon.js'
import type { BodyInput, BodyMention } from './types.js'

/** The rule of an institute named after the academy or university that holds it (中国科学院生态环境研究中心). */
export const HELD_RULE = 'rule:head:held'

// The most words of the institute's own name between its holder and its head (生态环境; 山西 + 煤化; 长春 + 应化).
const OWN_WORDS = 3
// Its words: nouns, proper or unknown words, verbal nouns and set phrases (生态环境/l, 应化/x, 煤化/n), no verb, pronoun
// or function word of the sentence (中科院 + 专家 + 在 + 研究中心).
const OWN_POS = /^(?:n|ns|nt|nz|ng|j|x|vn|l|s|b)$/
const NUMERAL_POS = /^m$/
const ORDINAL_UNIT = ORDINAL.charCodeAt(0)

/**
 * An institute whose head names it only after its holder (data/held-institutes.tsv): 中国科学院 + 生态环境 + 研究中心,
 * 清华大学 + 公共管理 + 研究中心 (a centre after an academy or a university); 中科院 + 山西 + 煤化 + 所 (the short 所 after an
 * academy and the institute's place). `hi` is the head's first word, `headStart` where the head begins, `end` where it ends.
 * Named as written from the holder's first word (or a place written right before it: 山西省 + 农科院 + …), region the
 * place the name holds, else none. Null where no holder is written within a few words before the head.
 */
export function heldInstitute(input: BodyInput, lex: BodyLexicon, placeStart: ReadonlyMap<number, PlaceMention>, covered: Uint8Array, numerals: Numerals, hi: number, headStart: number, end: number, head: Head): BodyMention | null {
  const { text, tokens } = input
  const toks = tokens.list
  const { academy, university, centre, short, hospital } = lex.held
  const isRole = (trie: typeof centre) => trie.longestAt(head.word, 0)?.end === head.word.length
  const numbered = isRole(hospital)
  const afterUniversity = numbered || isRole(centre)
  if (!afterUniversity && !isRole(short)) return null
  // The head's own word may hold the last word of the name (煤化所 as one word): that part is one of its words.
  let k = hi
  let words = toks[hi]!.start < headStart ? 1 : 0
  if (words && !every(text, toks[hi]!.start, headStart, isHan)) return null
  for (; k > 0 && words <= OWN_WORDS; k--) {
    const w = toks[k - 1]!
    if (w.end !== toks[k]!.start) return null
    const holder = academy.longestEndingAt(text, w.end) ?? (afterUniversity ? university.longestEndingAt(text, w.end) : undefined)
    // The holder is a word of its own ending in its word (中国科学院/nt, 中南大学/nt), with the institute's words after it.
    if (holder && holder.start > w.start && words > 0) {
      // The short head follows a place first (中科院 + 山西 + 煤化所), no field alone (中科院 + 专家 + 所…).
      const first = toks[k]!
      if (!afterUniversity && !placeStart.get(first.start)?.division) return null
      let start = w.start
      const p = k > 1 && toks[k - 2]!.end === w.start ? placeStart.get(toks[k - 2]!.start) : undefined
      if (p?.division && p.end === w.start) start = p.start
      // The holder may be found as a body of its own already (中国科学院): the longer name is read over it, as an institute's is.
      if (covered[headStart]) return null
      let region = null
      for (let s = start; s < end && !region; s++) { const q = placeStart.get(s); if (q?.division && q.end <= end) region = q.division }
      const name = text.slice(start, end)
      return { start, end, name, key: name, rank: 2, kind: head.kind, region: region?.name ?? null, division: region, term: null, session: null, rule: HELD_RULE }
    }
    // A hospital's numeral is written right before its head (湘雅 + 二/m + 医院: the second hospital of 湘雅).
    const numeral = numbered && k === hi && toks[hi]!.start === headStart && NUMERAL_POS.test(w.pos) && every(text, w.start, w.end, (c) => numerals.isNumeralUnit(c) || c === ORDINAL_UNIT)
    if (!(OWN_POS.test(w.pos) || numeral) || !every(text, w.start, w.end, isHan)) return null
    words++
  }
  return null
}
