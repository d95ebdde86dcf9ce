import { tokenIndex, type Doc } from '../doc/doc.js'

/** Is position `pos` inside a short quotation (“四个意识”, “3转4强7新”)? Slogans are quoted, counts are not. */
export function inShortQuote(text: string, pos: number, max = 16): boolean {
  const open = Math.max(text.lastIndexOf('“', pos), text.lastIndexOf('‘', pos))
  if (open < 0 || pos - open > max) return false
  const between = text.slice(open + 1, pos)
  if (/[”’\n]/.test(between)) return false
  const close = text.slice(pos, open + max + 2).search(/[”’]/)
  return close >= 0
}

/** Is position `pos` inside a title in book-title marks (《长治市创新生态30条》)? */
export function inTitle(text: string, pos: number, max = 40): boolean {
  const open = text.lastIndexOf('《', pos)
  if (open < 0 || pos - open > max) return false
  return !/[》\n]/.test(text.slice(open + 1, pos)) && text.indexOf('》', pos) >= 0 && text.indexOf('》', pos) - open <= max
}

const NOUN = /^(?:n|nz|nt|vn|nr|ns|j|l|an)$/

/** What a figure counts: the nouns right after it (85次协商活动 → 协商活动), else the noun right before it. */
export function subjectOf(doc: Doc, start: number, end: number): string | null {
  const toks = doc.tokens
  const ix = tokenIndex(doc)
  let i = ix.isStart[end] ? ix.at[end]! : -1
  const parts: string[] = []
  while (i >= 0 && i < toks.length && parts.join('').length < 8 && NOUN.test(toks[i]!.pos) && (parts.length === 0 ? toks[i]!.start === end : true)) {
    parts.push(toks[i]!.word)
    if (toks[i + 1]?.start !== toks[i]!.end) break
    i++
  }
  if (parts.length) return parts.join('')
  const before = start > 0 && ix.isEnd[start] ? toks[ix.at[start - 1]!] : undefined
  return before && before.end === start && NOUN.test(before.pos) && before.word.length >= 2 ? before.word : null
}
