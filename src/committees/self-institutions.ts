import { isHan } from '../text/chars.js'
import { UNKNOWN_TAG } from '../persons/tags.js'
import type { BodyLexicon } from './lexicon.js'
import type { BodyInput, BodyMention } from './types.js'

// The words a self word may follow within a sentence: a verb, preposition, conjunction or adverb (在学院党委书记…陪同下).
const AFTER_POS = /^(?:[vpcd])/

/**
 * An institution named again by a word of its own before a title (data/self-institution-words.tsv: 学院党委书记张桂兰,
 * 我校党委书记靳凤莲, 我院院长王明; a bureau's: 局党组书记, 该局局长): a further mention of the first body of the word's kind named
 * before it in its article whose name ends as the word may mean (郑州职业技术学院, 孝感市房管局), so that the title's org is that body. None where the article names no such body,
 * inside a longer word (商学院), or after a noun (各学校, 全县学校: the word then names every school).
 */
export function selfInstitutions(input: BodyInput, lex: BodyLexicon, found: readonly BodyMention[], covered: Uint8Array): BodyMention[] {
  const { text, tokens } = input
  const articleOf = input.article ?? (() => 0)
  const out: BodyMention[] = []
  for (let i = 0; i < text.length; i++) {
    const w = covered[i] ? undefined : lex.selfInstitutions.longestAt(text, i)
    if (!w || input.roleAt(text, w.end) === undefined) continue
    // A word the segmenter does not know, of one character and the self word (由部|党组书记: 由部/x), holds it as well.
    const t = tokens.list[tokens.at[i]!]
    const glued = t !== undefined && t.pos === UNKNOWN_TAG && t.start === i - 1 && t.end === w.end
    if (tokens.isStart[i] !== 1 && !glued) continue
    const prev = !glued && isHan(text.charCodeAt(i - 1)) ? tokens.list[tokens.at[i - 1]!] : undefined
    if (prev && !AFTER_POS.test(prev.pos)) continue
    const art = articleOf(i)
    const { ends, kind } = w.values[0]!
    const body = found.filter((b) => b.kind === kind && b.start < i && articleOf(b.start) === art && ends.some((e) => b.name.endsWith(e))).sort((a, b) => a.start - b.start)[0]
    if (body) out.push({ ...body, start: i, end: w.end, rank: 0, rule: 'rule:self-institution' })
  }
  return out
}
