import type { DateMention } from '../schema/result.js'
import type { SpanMaker } from '../spans/index.js'
import { nextMatch } from '../text/chars.js'
import type { Numerals } from '../text/numerals.js'
import type { DateWords } from './words.js'

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * Stage step: calendar dates and months written with numbers, as ISO: 2024-01-15, 2024-05, and
 * --09-19 where the year is not written. 今年/去年 are read against the page's year (its printed
 * date, else the latest year it writes out); without one they stay yearless.
 */
export function findDates(text: string, pageYear: number | null, span: SpanMaker, words: DateWords, numerals: Numerals): DateMention[] {
  const num = (s: string | undefined) => (s === undefined ? null : /^\d+$/.test(s) ? Number(s) : numerals.parse(s))
  const out: DateMention[] = []
  const { pattern, starts } = words
  for (let m = nextMatch(text, 0, starts, pattern); m; m = nextMatch(text, m.index + m[0].length, starts, pattern)) {
    // 第8月 or 3个月 are not dates; nor is a number glued to the digits before it.
    if (/[\d第个]/.test(text[m.index - 1] ?? '')) continue
    let year: number | null
    let month: number | null
    let day: number | null
    if (m[5]) { year = Number(m[5]); month = Number(m[6]); day = Number(m[7]) } else {
      year = num(m[1])
      if (year === null && m[2] && pageYear !== null) year = pageYear + words.relativeYears.get(m[2])!
      month = num(m[3])
      day = num(m[4])
    }
    if (month === null || month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) continue
    // A bare month without year or day (5月) is a date only with a relative year word: 今年5月.
    if (year === null && day === null && !m[2]) continue
    const iso = day === null ? `${year}-${pad(month)}` : year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`
    out.push({ text: m[0], iso, span: span(m.index, m.index + m[0].length) })
  }
  return out
}
