import type { Tokens } from '../segment/tokens.js'
import type { PersonLexicon } from './lexicon.js'
import type { NameMention } from './types.js'

const DOT = /^[·•・]$/

/** Weights of the evidence for a transliterated name; see WEIGHTS in recognize.ts for the scale. */
export const FOREIGN = { minMean: 1.0, minChar: -2.5, base: -1.5, perChar: 1.0, dot: 3, jiebaName: 1.5, twoChars: -1, place: -3, afterDot: -1 }


/**
 * After a middle dot the next part is a name whatever the segmenter made of it (·沙/nr 佛尔/nz 霍夫/x,
 * ·阿马/ns 特在/d): characters are taken one by one while they may be transliteration and are not a
 * function word or the start of a title.
 */
function partAfterDot(lex: PersonLexicon, text: string, at: number): number {
  let e = at
  while (e < text.length && e - at < 8 && text.charCodeAt(e) >= 0x4e00 && text.charCodeAt(e) <= 0x9fff && !lex.functionChars['name-stop'].has(text.charCodeAt(e)) && lex.foreign[text.charCodeAt(e)]! >= FOREIGN.afterDot && !lex.roleAt(text, e) && !lex.verbAt(text, e)) e++
  return e
}

/**
 * Transliterated names (克林顿, 基里延科, 卡洛斯·阿马特): maximal runs of words made of characters that
 * jieba's transliterated person entries use far more than other words do, joined by ·. Context
 * (a title before, a speech verb after) and places found earlier are the caller's, as for Chinese
 * names; country names and words the segmenter calls places are not persons.
 */
export function foreignCandidates(text: string, tokens: Tokens, lex: PersonLexicon): NameMention[] {
  const toks = tokens.list
  const out: NameMention[] = []
  // A word of transliteration characters on average, none of them foreign to names (基里延科: 延 is rare);
  // decided once per token.
  const known = new Uint8Array(toks.length)
  const fitsAt = (k: number) => {
    if (known[k]) return known[k] === 2
    const w = toks[k]!.word
    let sum = 0
    let ok = true
    for (let i = 0; i < w.length && ok; i++) {
      const c = w.charCodeAt(i)
      const f = lex.foreign[c]!
      if (c < 0x4e00 || c > 0x9fff || f < FOREIGN.minChar) ok = false
      sum += f
    }
    ok &&= sum / w.length >= FOREIGN.minMean
    known[k] = ok ? 2 : 1
    return ok
  }
  for (let i = 0; i < toks.length; i++) {
    if (!fitsAt(i) || (i > 0 && toks[i - 1]!.end === toks[i]!.start && fitsAt(i - 1))) continue
    let j = i
    while (j + 1 < toks.length && toks[j + 1]!.start === toks[j]!.end && (fitsAt(j + 1) || (DOT.test(toks[j + 1]!.word) && j + 2 < toks.length && fitsAt(j + 2)))) j++
    const start = toks[i]!.start
    let end = toks[j]!.end
    if (DOT.test(text[end] ?? '')) {
      const e = partAfterDot(lex, text, end + 1)
      if (e > end + 1) end = e
    } else if (DOT.test(text[toks[j]!.start - 1] ?? '')) end = Math.max(end, partAfterDot(lex, text, toks[j]!.start))
    while (j + 1 < toks.length && toks[j + 1]!.end <= end) j++
    const name = text.slice(start, end)
    const letters = name.replace(/[·•・]/g, '')
    if (letters.length < 2 || letters.length > 14 || lex.foreignPlaces.has(name)) continue
    let score = FOREIGN.base
    for (let k = 0; k < letters.length; k++) score += FOREIGN.perChar * Math.min(lex.foreign[letters.charCodeAt(k)]!, 2.5) / Math.sqrt(letters.length)
    if (name !== letters) score += FOREIGN.dot
    if (letters.length === 2) score += FOREIGN.twoChars
    if (i === j && /^(?:nr|nrt|nrfg)$/.test(toks[i]!.pos)) score += FOREIGN.jiebaName
    if (i === j && toks[i]!.pos === 'ns') score += FOREIGN.place
    out.push({ start, end, name, score, rule: 'transliterated' })
  }
  return out
}
