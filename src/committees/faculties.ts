import type { BodyInput } from './types.js'
import type { BodyLexicon } from './lexicon.js'

/** The rule of a faculty written with its university's short form: its mentions name no listed body (聊城职院马克思主义学院). */
export const FACULTY_SHORT_RULE = 'rule:head:faculty-short'

// The words of a college's own name after its university: a place or proper word (首都经贸大学 + 城市/ns + 学院); a faculty's
// are a field's nouns (上海大学 + 生命/vn + 科学院, 聊城职院 + 马克思主义/n + 学院).
const PROPER_POS = /^(?:ns|nz|nr|nrt)$/

/**
 * Where the university ends whose faculty is the institute [start, end) (data/university-faculties.tsv): 上海大学生命科学院 → the end
 * of 上海大学; `short` where the university is written short (聊城职院马克思主义学院: no listed name alone). Null where the
 * head is no faculty's (研究院, 研究所), no university word ends a word of the name before the faculty's own words, or those
 * words name a college of its own (首都经贸大学城市学院).
 */
export function facultyOf(input: BodyInput, lex: BodyLexicon, start: number, headStart: number, end: number): { end: number; short: boolean } | null {
  const { text, tokens } = input
  const { faculty, university, short } = lex.faculties
  if (faculty.longestEndingAt(text, end)?.start !== headStart) return null
  const toks = tokens.list
  let proper = false
  // The words before the head, last first: the nearest word ending in a university's word ends the university.
  for (let j = tokens.at[headStart - 1]; j !== undefined && j >= 0 && toks[j]!.start >= start; j--) {
    const w = toks[j]!
    if (w.end < headStart) {
      if (university.longestEndingAt(text, w.end) !== undefined) return proper ? null : { end: w.end, short: false }
      if (short.longestEndingAt(text, w.end) !== undefined) return proper ? null : { end: w.end, short: true }
    }
    if (PROPER_POS.test(w.pos)) proper = true
  }
  return null
}
