import type { Trie } from '../lexicon/trie.js'
import type { Tokens } from '../segment/tokens.js'

/**
 * Whether a road's, a village's or a river's word (data/road-words.txt, village-words.txt, water-words.txt) or a
 * currency's (data/currency-words.txt: 澳门元) begins at `e` and begins no longer word of the segmenter's: what is written
 * before it names that road, village, river or money, no place (河南|路约/x, 北京路/ns, 青云|村, 澳门元/x; not 河南|路径/n,
 * 长沙|路上/s, 京津|路网/n, 闽台|村镇/n, 澳门|元旦).
 */
export function roadAt(text: string, t: Tokens, roads: Trie<true>, e: number): boolean {
  const word = roads.longestAt(text, e)
  if (word === undefined) return false
  const tok = t.list[t.at[e]!]
  return tok !== undefined && (tok.start < e || tok.end === word.end || tok.pos === 'x')
}
