/** A word of English text, in normalized coordinates: letters (with inner apostrophes) or a number. */
export type EnWord = { text: string; start: number; end: number }

// …with pinyin's ü (Lü Xinhua, Nüwa): the letter of a syllable, not a mark that separates words.
const WORD = /[A-Za-zÜü](?:[A-Za-zÜü]|['’](?=[A-Za-zÜü]))*|\d+(?:[.,]\d+)*/g

/** The words of text[start, end). Hyphens and other marks separate words (Shenzhen-Hong Kong, vice-chairman). */
export function englishWords(text: string, start: number, end: number): EnWord[] {
  const out: EnWord[] = []
  WORD.lastIndex = start
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    if (m.index + m[0].length > end) break
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length })
  }
  return out
}

/** Whether a word begins with a capital letter (Yangquan, BEIJING). */
export const isCapitalized = (w: string): boolean => w.charCodeAt(0) >= 65 && w.charCodeAt(0) <= 90

/** Whether a word is all capitals (BEIJING, CPPCC). */
export const isAllCaps = (w: string): boolean => /^[A-Z]+$/.test(w)

/**
 * A word as a key of the pinyin tables: lower case, apostrophes dropped (Xi'an → xian), ü written v as the tables do (Lü → lv),
 * also where a word opens with l or n and "yu" for ü, as passports spell it (Lyu → lv; no pinyin syllable is lyu or nyu).
 */
export const pinyinKey = (w: string): string => w.toLowerCase().replace(/['’]/g, '').replace(/ü/g, 'v').replace(/^([ln])yu/, '$1v')

/**
 * Words i..j-1 as one phrase when only single spaces separate them (Inner Mongolia), else null: a phrase
 * never runs across punctuation.
 */
export function phrase(text: string, words: readonly EnWord[], i: number, j: number): string | null {
  for (let k = i + 1; k < j; k++) if (text.slice(words[k - 1]!.end, words[k]!.start) !== ' ') return null
  return words.slice(i, j).map((w) => w.text).join(' ')
}
