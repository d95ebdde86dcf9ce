// Reading the number at a position, Arabic or Chinese, before its unit and context are weighed (extract.ts).
import { isAsciiDigit } from '../text/chars.js'
import { arabicDigits, scaleDecimal, type Numerals } from '../text/numerals.js'
import type { Approx, FigureWords } from './words.js'

// Thousands grouped by commas (1,359) or, in yearbooks and chronicles, by a space (2 000多人次, 1 200人次).
const ARABIC = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u2009]\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?/y
export const GROUP_SPACE = /[ \u00a0\u2009]/

/** A number read at a position: its value (exact), where it ends, and an approximation written inside it. */
export type Core = { value: number; end: number; approx: Approx | null; chinese: boolean; lone: boolean; scaled: boolean; max?: number }

/**
 * The number at `at`: Arabic (1,359 / 25.25, then 余/多, then a magnitude: 3.7万, 300余万) or Chinese
 * (二十多, 三百余万, 三点五亿, 二〇二三); `lone` for a magnitude alone (百 of 近百名, 十 of 十余家).
 */
export function readCore(text: string, at: number, fw: FigureWords, n: Numerals): Core | null {
  let approx: Approx | null = null
  const inside = (i: number) => {
    const a = fw.inside.get(text[i] ?? '')
    if (a && !approx) approx = a
    return a ? i + 1 : i
  }
  ARABIC.lastIndex = at
  const m = ARABIC.exec(text)
  if (m) {
    const digits = arabicDigits(m[0])!
    let i = inside(at + m[0].length)
    const mag = n.magnitudeAt(text, i)
    const value = mag ? scaleDecimal(digits, mag.pow) : Number(digits)
    if (mag) i = inside(i + mag.length)
    return { value, end: i, approx, chinese: false, lone: false, scaled: mag !== null }
  }
  // Chinese: numeral characters with a decimal point; 余/多 may sit before the magnitude (三百余万).
  let e = at
  // A point is a decimal's only between numerals (三点五亿; not 四点建议).
  while (e < text.length && (n.isNumeral(text[e]!) || (n.kindOf(text[e]!) === 'point' && e > at && n.isNumeral(text[e + 1] ?? '')))) e++
  if (e === at) return null
  // A financial form alone is a character of a name or word (伍家冲村, 陆家嘴, 队伍), not a number.
  if (e - at === 1 && n.isFormal(text[at]!)) return null
  let run = text.slice(at, e)
  let i = inside(e)
  if (i > e) {
    const mag = n.magnitudeAt(text, i)
    if (mag) { run += text.slice(i, i + mag.length); i += mag.length }
  }
  // The magnitudes at the end of a decimal scale it exactly: 三点五亿 = 3.5 × 10^8.
  let tail = run.length
  while (tail > 0 && n.kindOf(run[tail - 1]!) === 'magnitude') tail--
  let value: number | null
  if (tail < run.length && [...run.slice(0, tail)].some((c) => n.kindOf(c) === 'point')) {
    const dec = n.decimal(run.slice(0, tail))
    const mag = n.magnitudeAt(run, tail)
    value = dec === null || !mag ? null : scaleDecimal(dec, mag.pow)
  } else {
    const pair = pairIn(run, n, fw.pairs)
    if (pair) return { value: pair.low, max: pair.high, end: i, approx: approx ?? 'about', chinese: true, lone: false, scaled: true }
    value = n.parse(run)
  }
  if (value === null) return null
  // 十 alone is ten (十个, 十家); 百, 千, 万 alone begin words (百姓, 千万, 万物), and magnitudes alone name
  // goals and programmes (百亿斤粮食目标, 百万工程).
  const lone = [...run].every((ch) => n.kindOf(ch) === 'unit' || n.kindOf(ch) === 'magnitude') && n.parse(run[0]!) !== 10
  return { value, end: i, approx, chinese: true, lone, scaled: true }
}

/**
 * A span written with two neighbouring digits: its ends, each read with the other digit left out (五六十 →
 * 50 and 60). Only in a numeral of two digits alone or with 十/百/千/万 (二〇二三 and 一九八九 are digit by
 * digit); or with two units alone or before magnitudes that data/figure-words.tsv lists as a pair (百十: 100 to 110;
 * 百十万: 1000000 to 1100000).
 */
function pairIn(run: string, n: Numerals, pairs: ReadonlySet<string>): { low: number; high: number } | null {
  const cs = [...run]
  // Two units alone, or before magnitudes (百十块钱, 百十万元): about the greater, up to both together, scaled by the
  // magnitudes (百十万: 1000000 to 1100000).
  let core = cs.length
  while (core > 2 && n.kindOf(cs[core - 1]!) === 'magnitude') core--
  if (core === 2 && pairs.has(cs[0]! + cs[1]!) && n.kindOf(cs[0]!) === 'unit' && n.kindOf(cs[1]!) === 'unit') {
    const low = n.parse([cs[0]!, ...cs.slice(2)].join(''))
    const high = n.parse(run)
    return low !== null && high !== null ? { low, high } : null
  }
  const digits = cs.filter((c) => n.kindOf(c) === 'digit').length
  if (cs.length > 4 || (digits !== cs.length ? digits !== 2 : cs.length !== 2)) return null
  for (let p = 0; p + 1 < cs.length; p++) {
    if (!pairs.has(cs[p]! + cs[p + 1]!)) continue
    const low = n.parse([...cs.slice(0, p + 1), ...cs.slice(p + 2)].join(''))
    const high = n.parse([...cs.slice(0, p), ...cs.slice(p + 1)].join(''))
    // Written high first (三两天: 2 to 3) as well as low first.
    return low !== null && high !== null && high !== low ? { low: Math.min(low, high), high: Math.max(low, high) } : null
  }
  return null
}

/** The Chinese numerals at `at` alone, with no approximation or magnitude after them (二 of 三分之二来自). */
export function numeralsAt(text: string, at: number, n: Numerals): { value: number; end: number } | null {
  let e = at
  while (e < text.length && n.isNumeral(text[e]!)) e++
  const value = e > at ? n.parse(text.slice(at, e)) : null
  return value === null ? null : { value, end: e }
}

/**
 * The numerator after 分之 (千分之三点二, 千分之0.8): Chinese numerals with a decimal point between numerals, or an
 * Arabic number, with no approximation or magnitude read after it (二 of 三分之二来自).
 */
export function numeratorAt(text: string, at: number, n: Numerals): { value: number; end: number } | null {
  const arabic = /\d+(?:\.\d+)?/y
  arabic.lastIndex = at
  const m = arabic.exec(text)
  if (m) return { value: Number(m[0]), end: at + m[0].length }
  const whole = numeralsAt(text, at, n)
  if (!whole || n.kindOf(text[whole.end] ?? '') !== 'point' || !n.isNumeral(text[whole.end + 1] ?? '')) return whole
  const frac = numeralsAt(text, whole.end + 1, n)
  const dec = frac ? n.decimal(text.slice(at, frac.end)) : null
  return dec === null ? whole : { value: Number(dec), end: frac!.end }
}

/** A round number: 数十, 上百, 几千万 (the magnitudes multiplied), from `at` after the round word. */
export function readRound(text: string, at: number, n: Numerals): { value: number; end: number } | null {
  let value = 1
  let i = at
  while (i < text.length && i - at < 3) {
    const k = n.kindOf(text[i]!)
    if (k !== 'unit' && k !== 'magnitude') break
    value *= n.parse(text[i]!)!
    i++
  }
  return i > at ? { value, end: i } : null
}

/** Whether the digits at `s` are a group of a number begun before a space (the 000 of 2 000). */
export function groupedAcross(text: string, s: number): boolean {
  let b = s - 1
  while (b > 0 && (isAsciiDigit(text.charCodeAt(b - 1)) || (GROUP_SPACE.test(text[b - 1]!) && isAsciiDigit(text.charCodeAt(b - 2))))) b--
  ARABIC.lastIndex = b
  const m = ARABIC.exec(text)
  return m !== null && b + m[0].length > s
}
