import { rewrite } from './offset-map.js'
import { isWhitespace } from '../text/chars.js'
import type { NormalizeStep } from './types.js'

const RUN = /[ \t\u00a0]+/g
// By code unit (no one-character string per space run): a line break or the text's edge (NaN), Latin
// letters, and what joins Latin or digits (A-Z a-z 0-9 . % + -).
const isBreak = (c: number) => Number.isNaN(c) || c === 10
const isLatin = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const isDigit = (c: number) => c >= 48 && c <= 57
const isLatinOrDigit = (c: number) => isLatin(c) || (c >= 48 && c <= 57) || c === 46 || c === 37 || c === 43 || c === 45

/**
 * Length of the run of non-space characters that ends (dir -1) or starts (dir 1) at i, up to a mark of
 * punctuation: in （记 者：王明 the word before the space is 记, one character.
 */
function tokenLength(text: string, i: number, dir: 1 | -1): number {
  let n = 0
  for (let k = i; k >= 0 && k < text.length && !isWhitespace(text.charCodeAt(k)); k += dir) {
    if (n > 0 && isCjkMark(text.charCodeAt(k))) break
    n++
  }
  return n
}

// Brackets, colons and other marks of CJK and ASCII punctuation (not letters, digits or Han).
const isCjkMark = (c: number) => (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || c === 40 || c === 41 || c === 58 || c === 124

/** The start of the token after the space run that begins at i (i itself where no space is there), or -1 at a break. */
function afterSpaces(text: string, i: number): number {
  let k = i
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 0xa0)) k++
  return k === i || isBreak(text.charCodeAt(k)) ? -1 : k
}
/** The end of the token before the space run that ends at i, or -1 where none is there. */
function beforeSpaces(text: string, i: number): number {
  let k = i
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9 || text.charCodeAt(k - 1) === 0xa0)) k--
  return k === i || k === 0 || isBreak(text.charCodeAt(k - 1)) ? -1 : k
}

/**
 * The space [s, e) sets a two-character name written with a space inside, padded to the width of three in a list of
 * names (记者 李心萍 刘新吾 游 仪; 游 仪 李心萍), apart from the word of two or more characters beside it: exactly two
 * one-character tokens between such a word and the line's end or another such word. The space inside the pair still
 * goes (游仪), and OCR's spacing of every character (南 康 区 烈 士) has no word of two beside it.
 */
function paddedPairEdge(text: string, s: number, e: number, left: number, right: number): boolean {
  const single = (at: number) => at >= 0 && tokenLength(text, at, 1) === 1
  // Ends the pair: the line's end, or a space and a word of two or more characters.
  const closed = (end: number) => {
    if (end >= text.length || isBreak(text.charCodeAt(end))) return true
    const n = afterSpaces(text, end)
    return n >= 0 && tokenLength(text, n, 1) >= 2
  }
  if (left >= 2 && right === 1) {
    const second = afterSpaces(text, e + 1)
    return single(second) && closed(second + 1)
  }
  if (left === 1 && right >= 2) {
    const firstEnd = beforeSpaces(text, s - 1)
    if (firstEnd < 0 || tokenLength(text, firstEnd - 1, -1) !== 1) return false
    const wordEnd = beforeSpaces(text, firstEnd - 1)
    return wordEnd >= 0 && tokenLength(text, wordEnd - 1, -1) >= 2
  }
  return false
}

/**
 * Removes spaces that OCR and typesetting put between CJK characters (南 康 区 → 南康区, 近 4000 → 近4000)
 * and at line ends. Spaces between Latin words or digits stay, and so does a space between two CJK
 * words of two or more characters (本报记者 李婷 张添奥): there it separates names.
 */
export const dropCjkSpaces: NormalizeStep = (m) => {
  const t = m.text
  const { out } = rewrite(m, RUN, (x) => {
    const s = x.index
    const e = s + x[0].length
    const l = t.charCodeAt(s - 1)
    const r = t.charCodeAt(e)
    if (isBreak(l) || isBreak(r)) return ''
    const latinL = isLatinOrDigit(l)
    const latinR = isLatinOrDigit(r)
    // 8. 8 个百分点: a space after a decimal point inside a number is OCR's.
    if (l === 46 && isDigit(t.charCodeAt(s - 2)) && isDigit(r)) return ''
    // 增长 5.2 %: a space between a number and its percent sign is typesetting's.
    if (isDigit(l) && r === 37) return ''
    if (latinL && latinR) return x[0] === ' ' ? null : ' '
    // proposals, 120 · in 2014, 1,108 · proposals: 300 · members; 25: in English the space after a comma, a colon or a
    // semicolon separates words and numbers.
    if ((l === 44 || l === 58 || l === 59) && isLatinOrDigit(t.charCodeAt(s - 2)) && latinR) return x[0] === ' ' ? null : ' '
    if (latinL || latinR) return isLatin(latinL ? l : r) ? null : ''
    const left = tokenLength(t, s - 1, -1)
    const right = tokenLength(t, e, 1)
    if ((left <= 1 || right <= 1) && !paddedPairEdge(t, s, e, left, right)) return ''
    return x[0] === ' ' ? null : ' '
  })
  return { out, warnings: [] }
}
