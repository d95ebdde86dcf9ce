import { span, type Doc } from '../doc/doc.js'
import { parseChineseNumeral } from '../figures/numerals.js'
import { nextMatch, UnitSet } from '../lexicon/unit-set.js'
import type { DateMention } from '../schema/result.js'

const N = '(?:\\d{1,4}|[〇零一二三四五六七八九十]{1,4})'
// 2024年1月15日 · 今年6月26日 · 9月19日 · 2022年8月 · 2024-05-18 · 2024.05.18 · 2024/5/18
const DATE = new RegExp(
  `(?:(\\d{4}|[〇零一二三四五六七八九]{4})年|(今年|去年|前年|明年|本年))?(${N})月(?:(${N})[日号])?` +
    `|(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})(?!\\d)`,
  'y',
)
// Every unit a date can begin with: tried only there (see nextMatch).
const DATE_START = UnitSet.of('0123456789〇零一二三四五六七八九十今去前明本')
const RELATIVE_YEAR: Record<string, number> = { 今年: 0, 本年: 0, 去年: -1, 前年: -2, 明年: 1 }

const num = (s: string | undefined) => (s === undefined ? null : /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s))
const pad = (n: number) => String(n).padStart(2, '0')

/**
 * Stage step: calendar dates and months written with numbers, as ISO: 2024-01-15, 2024-05, and
 * --09-19 where the year is not written. 今年/去年 are read against the page's year (its printed
 * date, else the latest year it writes out); without one they stay yearless.
 */
export function findDates(doc: Doc): DateMention[] {
  const out: DateMention[] = []
  for (let m = nextMatch(doc.text, 0, DATE_START, DATE); m; m = nextMatch(doc.text, m.index + m[0].length, DATE_START, DATE)) {
    // 第8月 or 3个月 are not dates; nor is a number glued to the digits before it.
    if (/[\d第个]/.test(doc.text[m.index - 1] ?? '')) continue
    let year: number | null
    let month: number | null
    let day: number | null
    if (m[5]) { year = Number(m[5]); month = Number(m[6]); day = Number(m[7]) } else {
      year = num(m[1])
      if (year === null && m[2] && doc.year !== null) year = doc.year + RELATIVE_YEAR[m[2]]!
      month = num(m[3])
      day = num(m[4])
    }
    if (month === null || month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) continue
    // A bare month without year or day (5月) is a date only with a relative year word: 今年5月.
    if (year === null && day === null && !m[2]) continue
    const iso = day === null ? `${year}-${pad(month)}` : year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`
    out.push({ text: m[0], iso, span: span(doc, m.index, m.index + m[0].length) })
  }
  return out
}
