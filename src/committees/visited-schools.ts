import { RARE_WORD_IDF } from '../segment/lexicon.js'
import { every, isHan } from '../text/chars.js'
import type { BodyLexicon } from './lexicon.js'
import type { BodyInput, BodyMention } from './types.js'

// The one word of the name: a common noun or a word the segmenter does not know (万向/n, 环城/n, 罗岭/x), or a proper one.
const OWN_POS = /^(?:n|x|nz|ns|ng|j)$/
// Two units: a longer common noun is as often a phrase (城区学校) or a run the segmenter glued (刘华一行).
const OWN_LEN = 2
// The aspect particle a verb of visiting may take before its object (参观/n + 了/ul + 环城初中).
const PERFECT_POS = 'ul'

/**
 * The start of a school's (or hospital's) own name written as one word right after a verb of visiting (data/visit-verbs.tsv:
 * 到万向中学, 莅临罗岭中学, 参观了环城初中), `next` the index of the word right after the name (the head, or a word schools
 * are named by). The verb makes the word the name of one place visited, where before a head alone a common noun is as
 * often a kind (农村 + 小学, 重点 + 中学: data/institution-kind-words.txt, data/generic-body-words.txt; not those, nor a
 * word schools are named by, nor a place). Null where it is not so written.
 */
export function visitedName(input: BodyInput, lex: BodyLexicon, next: number): number | null {
  const { text } = input
  const toks = input.tokens.list
  const own = toks[next - 1]
  if (!own || own.end !== toks[next]!.start || own.end - own.start !== OWN_LEN || !OWN_POS.test(own.pos) || !every(text, own.start, own.end, isHan)) return null
  const word = text.slice(own.start, own.end)
  if (lex.townSchools.kinds.has(word) || lex.townSchools.leads.has(word) || lex.genericWords.longestEndingAt(text, own.end) !== undefined) return null
  // A word the segmenter's corpus often uses (部分, 企业, 工厂, 社会, 现场: a quantifier or a kind, 部分医院, 企业学校) is
  // no own name; an own name is a rare word (万向, 环城) or one it does not know (罗岭, 京顺).
  if ((input.idf?.(word) ?? Infinity) < RARE_WORD_IDF) return null
  let v = next - 2
  if (toks[v]?.pos === PERFECT_POS && toks[v]!.end === own.start) v--
  const verb = toks[v]
  if (!verb || verb.end !== toks[v + 1]!.start || !lex.visitVerbs.has(text.slice(verb.start, verb.end))) return null
  return own.start
}

/** The rule of a school named so (its further mentions: `visitedRepeats`). */
export const VISITED_RULE = 'rule:head:visited-school'

/**
 * The further mentions of a school named after a verb of visiting, written again by the same name without the verb
 * (到万向中学 … 听取了万向中学郑建平校长的汇报): the same body, so that a title there has it for its org. Only whole
 * words of the text (a word that begins the name, its end a word's end or a title's start), not inside a covered body.
 */
export function visitedRepeats(input: BodyInput, found: readonly BodyMention[], covered: Uint8Array): BodyMention[] {
  const { text, tokens } = input
  const out: BodyMention[] = []
  for (const m of found) {
    if (m.rule !== VISITED_RULE) continue
    for (let at = text.indexOf(m.name, m.end); at >= 0; at = text.indexOf(m.name, at + m.name.length)) {
      const end = at + m.name.length
      // (A title may be glued to the head: 中学校长/n.)
      if (tokens.isStart[at] !== 1 || (tokens.isEnd[end] !== 1 && input.roleAt(text, end) === undefined) || covered.subarray(at, end).some((c) => c === 1)) continue
      out.push({ ...m, start: at, end })
    }
  }
  return out
}
