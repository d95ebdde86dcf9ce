import type { Mapped } from './offset-map.js'

/** A content warning in ORIGINAL offsets; the analyzer attaches the article later. */
export type RawWarning = { code: string; message: string; start?: number; end?: number }

/** One normalisation step: a pure rewrite of a mapped text, reporting what it changed. */
export type NormalizeStep = (m: Mapped) => { out: Mapped; warnings: RawWarning[] }

/** CJK ideographs (incl. extensions, as UTF-16 surrogate pairs) and CJK punctuation. */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3007'
export const CJK_PUNCT = '\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026\\u00b7'

/** Whether code unit `c` is white space (what /\s/ matches), without a one-character string per test. */
export function isWhitespace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}
