import { Trie } from '../lexicon/trie.js'
import type { Tokens } from '../segment/tokens.js'
import { NAME_MAX, type NameMention } from './types.js'

/** The rule of a further mention of a name accepted elsewhere in the document. */
export const REPEAT_RULE = 'repeat'
/** The longest name looked for again: a Chinese name or a transliterated one without its dots (库马拉通加). */
const REPEAT_MAX = NAME_MAX + 2

/**
 * Further mentions of names accepted elsewhere in the document where the segmenter writes them as whole
 * words (国务委员罗干 … 罗干/ns 说, 前锋穆勒 … 交给穆勒/nrt): a name once made out from its title or a verb
 * is the same name without one, whatever the segmenter calls the word. Only names of two or more characters
 * that are not a bare surname (陈 of 陈老师), beginning and ending where words do, outside the names already
 * taken and the places and bodies (`blocked`). One pass over the words: each start walks the names' trie once
 * and tries the few words after it against the names it finds there (no string is cut per word).
 */
export function repeatedNames(text: string, tokens: Tokens, taken: readonly NameMention[], blocked: Uint8Array): NameMention[] {
  const names = new Trie<true>()
  let count = 0
  const used = new Uint8Array(text.length)
  for (const t of taken) {
    used.fill(1, t.start, t.end)
    if (t.end - t.start >= 2 && t.end - t.start <= REPEAT_MAX && t.key === undefined) { names.add(t.name, true); count++ }
  }
  const out: NameMention[] = []
  if (!count) return out
  const toks = tokens.list
  for (let k = 0; k < toks.length; k++) {
    const s = toks[k]!.start
    if (used[s]) continue
    // The longest run of words from here that is a name: of the names that begin here, one that ends where a word does.
    const here = names.matchesAt(text, s)
    if (!here.length) continue
    let found = -1
    for (let j = k; j < toks.length && toks[j]!.end - s <= REPEAT_MAX && (j === k || toks[j]!.start === toks[j - 1]!.end); j++) {
      const e = toks[j]!.end
      if (here.some(([end]) => end === e)) found = e
    }
    if (found < 0 || used.subarray(s, found).some((u) => u === 1) || blocked.subarray(s, found).some((b) => b === 1)) continue
    used.fill(1, s, found)
    out.push({ start: s, end: found, name: text.slice(s, found), score: 0, rule: REPEAT_RULE })
  }
  return out
}
