import { every, isHan, UnitSet } from '../text/chars.js'
import { CONJUNCTIONS, NATIONAL } from '../text/grammar.js'
import type { BodyLexicon, Head } from './lexicon.js'
import type { BodyInput, BodyMention } from './types.js'

const NATIONAL_NAME_RULE = 'rule:head:national'
// The words of a national body's name between its prefix and its head: nouns and verbal nouns (中国 + 老龄 + 事业 + 发展 +
// 基金会), proper words and words the segmenter does not know (中国 + 红十字 + 基金会), set phrases (中国 + 计划生育 + 协会).
const NAME_POS = /^(?:n|ns|nt|nz|nr|nrt|ng|j|x|s|vn|l|b)$/
// A verb only right before a conjunction of the name (中国西藏文化 + 保护 + 与 + 发展 + 协会): a pair of fields, not a clause
// (中国企业 + 加入 + 协会 names none).
const VERB_POS = 'v'
// A word of the segmenter that holds the whole name (中国扶贫基金会/nt): an organisation's name or a noun.
const WHOLE_POS = /^(?:nt|n|nz)$/
// The most words a name may have between its prefix and its head.
const MOST_WORDS = 7
// 和与 join two fields of one name (文化保护与发展); 及 ends a list.
const JOINS = UnitSet.of([CONJUNCTIONS.slice(0, 2)])

/**
 * A national association, society or foundation named in full from a national prefix (data/national-name-prefixes.txt:
 * 中国, 中华, 中华全国) and the head of a named body (协会, 促进会, 基金会: data/body-heads.tsv, phrase named), with words of
 * its own between (中国西藏文化保护与发展协会, 中国老龄事业发展基金会, 中华全国 + 律师协会): as written, region 全国 (dev-pages
 * README: national bodies take 全国). The head token ends at `end`; the name is one noun phrase, with at most one
 * conjunction joining two of its fields; a word the segmenter knows whole (中国扶贫基金会/nt) is one too.
 */
export function nationalNamed(input: BodyInput, lex: BodyLexicon, covered: Uint8Array, i: number, end: number, head: Head): BodyMention | null {
  const { text, tokens } = input
  const toks = tokens.list
  const bodyStart = end - head.word.length
  const t = toks[i]!
  let start = -1
  const own = lex.nationalPrefixes.longestAt(text, t.start)
  if (own && own.end < bodyStart && WHOLE_POS.test(t.pos) && every(text, t.start, bodyStart, isHan)) start = t.start
  // A generic word right before the head makes it a kind of body (中国 + 特色 + 商会组织, 中国 + 行业 + 协会).
  if (lex.genericWords.longestEndingAt(text, bodyStart)) return null
  let words = 0
  let joined = false
  let after = -1
  for (let k = i; start < 0 && k > 0 && words <= MOST_WORDS; k--) {
    const w = toks[k - 1]!
    if (w.end !== toks[k]!.start || !every(text, w.start, w.end, isHan)) return null
    if (lex.nationalPrefixes.longestAt(text, w.start)?.end === w.end) {
      // The prefix names the nation only with a word of the name after it (中国 + 协会 names none).
      if ((k === i && bodyStart === t.start) || after === k) return null
      start = w.start
      break
    }
    const join = w.end - w.start === 1 && JOINS.has(text.charCodeAt(w.start))
    if (join) {
      // One conjunction, between two words of the name.
      if (joined || k === i || k < 2) return null
      joined = true
      after = k - 1
    } else if (!NAME_POS.test(w.pos) && !(w.pos === VERB_POS && k < i && JOINS.has(text.charCodeAt(toks[k]!.start)) && toks[k]!.end - toks[k]!.start === 1)) return null
    words++
  }
  if (start < 0) return null
  for (let s = start; s < end; s++) if (covered[s]) return null
  // A democratic party's own full name (中国民主促进会) is the party, named a body only with its level (dev-pages README).
  if (lex.prefixEndAt(text, start) === end) return null
  const name = text.slice(start, end)
  return { start, end, name, key: `${NATIONAL}|${name}`, rank: 2, kind: head.kind, region: NATIONAL, division: null, term: null, session: null, rule: NATIONAL_NAME_RULE }
}
