/**
 * Character classes by UTF-16 code unit: the one definition the library uses. Tests take a code unit
 * (`text.charCodeAt(i)`), so scanning a text builds no one-character strings.
 */

/** CJK ideographs of the BMP (unified, extension A, compatibility) and 〇, as a RegExp class body. */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3007'

export const isHan = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007

/** Whether a code point is a CJK ideograph: of the BMP (isHan) or of planes 2 and 3 (extensions B and later, compatibility supplement). */
export const isHanPoint = (c: number): boolean => isHan(c) || (c >= 0x20000 && c <= 0x3ffff)

/** Whether a UTF-16 unit is a low (trailing) surrogate. */
export const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff

/** CJK punctuation and full-width forms (，。（）：). */
export const isCjkMark = (c: number): boolean => (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)

export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57
export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
export const isAsciiAlnum = (c: number): boolean => isAsciiDigit(c) || isAsciiLetter(c)

/** White space: what /\s/ matches. */
export function isWhitespace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** Where the run of white space that ends at `at` begins (`at` where none ends there). */
export function spacesBefore(text: string, at: number): number {
  let k = at
  while (k > 0 && isWhitespace(text.charCodeAt(k - 1))) k--
  return k
}

/** Whether every unit of text[s, e) passes `test` (false for an empty range). */
export function every(text: string, s: number, e: number, test: (c: number) => boolean): boolean {
  if (e <= s) return false
  for (let i = s; i < e; i++) if (!test(text.charCodeAt(i))) return false
  return true
}

/** Whether text[s, e) holds a unit that passes `test`. */
export function some(text: string, s: number, e: number, test: (c: number) => boolean): boolean {
  for (let i = s; i < e; i++) if (test(text.charCodeAt(i))) return true
  return false
}

/** A set of UTF-16 code units (a bitset: one bit per unit, 8 KB). */
export class UnitSet {
  readonly bits = new Int32Array(2048)

  static of(chars: Iterable<string>): UnitSet {
    const set = new UnitSet()
    for (const s of chars) for (let i = 0; i < s.length; i++) set.add(s.charCodeAt(i))
    return set
  }

  add(unit: number): void {
    this.bits[unit >>> 5]! |= 1 << (unit & 31)
  }

  /** False for NaN, which charCodeAt returns past the end. */
  has(unit: number): boolean {
    return (this.bits[unit >>> 5]! & (1 << (unit & 31))) !== 0
  }
}

/**
 * The next match of the sticky (`y`) expression `re` at or after `from`, tried only where `starts`
 * holds the unit: what a global search finds, without the expression's own scan over every position.
 * `starts` must hold every unit a match can begin with.
 */
export function nextMatch(text: string, from: number, starts: UnitSet, re: RegExp): RegExpExecArray | null {
  for (let i = from; i < text.length; i++) {
    if (!starts.has(text.charCodeAt(i))) continue
    re.lastIndex = i
    const m = re.exec(text)
    if (m) return m
  }
  return null
}
