import { CppccNlpError } from '../errors.js'
import type { TsvRow } from '../resources/data-files.js'
import { UnitSet } from './chars.js'

type Kind = 'digit' | 'tens' | 'unit' | 'magnitude' | 'point'

/**
 * Chinese numerals, read exactly: 二十三, 两千零五, 三百余 (the caller handles 余), 二〇二三 (digit by
 * digit), 三点五 (3.5), 一亿二千万, 廿九 (29). Arabic numbers and scaling by 万/亿 are done on decimal strings, so
 * 4.52万 is 45200, not 45199.99999999999. The characters and their values are data/numerals.tsv.
 */
export class Numerals {
  private readonly kinds = new Map<string, { kind: Kind; value: number }>()
  /** The financial forms (壹 贰 … 拾 佰 仟). */
  private readonly formal = new Set<string>()
  /** The numeral characters but the decimal point, for a RegExp class. */
  readonly chars: string
  /** The same, by code unit. */
  private readonly units: UnitSet

  constructor(rows: readonly TsvRow[]) {
    for (const { cells, where } of rows) {
      const [ch = '', kind = '', value = '', formal = ''] = cells
      if (ch.length !== 1 || !['digit', 'tens', 'unit', 'magnitude', 'point'].includes(kind)) throw new CppccNlpError('E_DATA', `invalid entry in ${where}: expected a character, a kind (digit, tens, unit, magnitude, point) and a value`)
      this.kinds.set(ch, { kind: kind as Kind, value: Number(value) })
      if (formal === '1') this.formal.add(ch)
    }
    this.chars = [...this.kinds].filter(([, k]) => k.kind !== 'point').map(([c]) => c).join('')
    this.units = UnitSet.of([this.chars])
  }

  /** Whether `c` is a numeral character other than the decimal point. */
  isNumeral(c: string): boolean {
    const k = this.kinds.get(c)
    return k !== undefined && k.kind !== 'point'
  }

  /** isNumeral by code unit, for scanning a text without a one-character string per position. */
  isNumeralUnit(c: number): boolean {
    return this.units.has(c)
  }

  /** Whether the code unit `c` writes a count: an ASCII digit or a numeral character (6人, 六人, 十余家). */
  isCountUnit(c: number): boolean {
    return (c >= 48 && c <= 57) || this.units.has(c)
  }

  /** Whether `c` is a financial form of a numeral (伍, 陆). */
  isFormal(c: string): boolean {
    return this.formal.has(c)
  }

  kindOf(c: string): Kind | undefined {
    return this.kinds.get(c)?.kind
  }

  /** A Chinese numeral as a decimal string (三点五 → "3.5", 二十三 → "23"), or null. */
  decimal(s: string): string | null {
    const point = [...s].findIndex((c) => this.kindOf(c) === 'point')
    if (point < 0) {
      const n = this.integer(s)
      return n === null ? null : String(n)
    }
    const chars = [...s]
    const int = this.integer(chars.slice(0, point).join(''))
    const frac = chars.slice(point + 1)
    if (int === null || frac.length === 0 || frac.some((c) => this.kindOf(c) !== 'digit')) return null
    return `${int}.${frac.map((c) => this.kinds.get(c)!.value).join('')}`
  }

  /**
   * The power of ten of the magnitude written at `at` after an Arabic number (3.7万 → 4, 2千万 → 7,
   * 1亿 → 8, 1.2万亿 → 12) and its length; a unit alone (3千, 5百姓) is no magnitude, only before 万/亿 (5百万).
   */
  magnitudeAt(text: string, at: number): { pow: number; length: number } | null {
    let pow = 0
    let k = at
    while (k < text.length && k - at < 2) {
      const m = this.kinds.get(text[k]!)
      if (!m || (m.kind !== 'unit' && m.kind !== 'magnitude')) break
      pow += Math.round(Math.log10(m.value))
      k++
      if (m.kind === 'magnitude') {
        // 万亿: a greater magnitude right after multiplies (1.2万亿元 = 1.2 × 10^12).
        const next = this.kinds.get(text[k] ?? '')
        if (next?.kind === 'magnitude' && next.value > m.value) { pow += Math.round(Math.log10(next.value)); k++ }
        return { pow, length: k - at }
      }
    }
    return null
  }

  /** A Chinese numeral as a number, or null (exact up to 2^53). */
  parse(s: string): number | null {
    const d = this.decimal(s)
    return d === null ? null : Number(d)
  }

  /** An integer numeral: sections of units (二十三), magnitudes (万, 亿), or digits alone (二〇二三). */
  private integer(s: string): number | null {
    const chars = [...s]
    if (chars.length === 0 || chars.some((c) => !this.isNumeral(c))) return null
    if (chars.length > 1 && chars.every((c) => this.kindOf(c) === 'digit')) return Number(chars.map((c) => this.kinds.get(c)!.value).join(''))
    let total = 0
    let wan = 0
    let section = 0
    let num = 0
    for (const c of chars) {
      const { kind, value } = this.kinds.get(c)!
      if (kind === 'digit') num = value
      // 廿九 is 29, 一百廿 120: a number of tens written as one character, in place of a digit and 十.
      else if (kind === 'tens') {
        section += value
        num = 0
      } else if (kind === 'unit') {
        // 十 alone is 10; 一千零十 is 1010.
        section += (num || 1) * value
        num = 0
      } else if (value === 1e4) {
        wan = (section + num || 1) * 1e4
        section = 0
        num = 0
      } else {
        total = (total + wan + section + num || 1) * value
        wan = 0
        section = 0
        num = 0
      }
    }
    return total + wan + section + num
  }
}

/** An Arabic number (1,359 / 25.25) as a decimal string without separators, or null. */
export function arabicDigits(s: string): string | null {
  const t = s.replace(/[,， \u00a0\u2009](?=\d{3}(?!\d))/g, '')
  return /^\d+(?:\.\d+)?$/.test(t) ? t : null
}

/** `digits × 10^pow` computed on the decimal string, so 4.52万 is 45200, not 45199.99999999999. */
export function scaleDecimal(digits: string, pow: number): number {
  const [int = '0', frac = ''] = digits.split('.')
  if (pow >= frac.length) return Number(int + frac + '0'.repeat(pow - frac.length))
  return Number(`${int}${frac.slice(0, pow)}.${frac.slice(pow)}`)
}
