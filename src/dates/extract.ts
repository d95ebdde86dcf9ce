import type { DateMention } from '../schema/result.js'
import type { SpanMaker } from '../spans/index.js'
import { articleAt, type Structure } from '../structure/types.js'
import { nextMatch } from '../text/chars.js'
import { DIGIT_DATE } from '../text/grammar.js'
import type { Numerals } from '../text/numerals.js'
import type { DateWords } from './words.js'

// 第8月 or 3个月 are not dates; nor is a number glued to the digits before it.
const NOT_AFTER = /[\d第个]/
const pad = (n: number) => String(n).padStart(2, '0')
const FULL = new RegExp(DIGIT_DATE)
// What a sentence or a line begins after: a break, a space, a full stop, a closing bracket.
const SENTENCE_OPEN = /[\s。！？!?；;）)]/

/** The date an article is written on: its masthead, else the first full date near its top (发布时间: 2019-02-26). */
function articleDates(text: string, s: Structure): Array<Date | null> {
  return s.articles.map((a) => {
    const m = a.date ? /(\d{4})-(\d{2})-(\d{2})/.exec(a.date) : FULL.exec(text.slice(a.start, Math.min(a.end, a.start + 300)))
    return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null
  })
}

/**
 * The first month of a range or list written before the month at `at` (1-6月份, 3、4月份, 今年1至9月, 4月至6月份): its
 * span, its year (written, relative to `thisYear`, or none) and whether a year was written.
 */
function leadMonthBefore(text: string, at: number, words: DateWords, num: (s: string | undefined) => number | null, relativeYear: (word: string) => number | null) {
  const from = Math.max(0, at - 12)
  const m = words.leadMonth.exec(text.slice(from, at))
  const month = m ? num(m[3]) : null
  if (!m || month === null || month < 1 || month > 12) return null
  const numAt = from + m.index + m[0].lastIndexOf(m[3]!)
  if (NOT_AFTER.test(text[numAt - 1] ?? '')) return null
  const year = m[1] ? num(m[1]) : m[2] ? relativeYear(m[2]) : null
  // Its span: the year, the number and 月 where written (2024年1, 今年1, 4月), not the range mark.
  const start = from + m.index
  return { start, end: numAt + m[3]!.length + (m[4]?.length ?? 0), month, year, dated: m[1] !== undefined || m[2] !== undefined }
}

// How far back (UTF-16 units) the year that 同年 or 次年 counts from may be written: a few sentences, so that the look
// costs the same in a long article as in a short one.
const YEAR_AFTER_REACH = 400

/** The last year written with 年 in the article before `at` and within reach (2019年 of 2019年3月开工，同年12月), or null. */
function yearWrittenBefore(text: string, from: number, at: number, words: DateWords, num: (s: string | undefined) => number | null): number | null {
  let year: number | null = null
  for (const m of text.slice(Math.max(from, at - YEAR_AFTER_REACH), at).matchAll(words.writtenYear)) year = num(m[1]) ?? year
  return year
}

const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`

/**
 * Calendar dates and months written with numbers, as ISO: 2024-01-15, 2024-05, --09-19 where the year
 * is not written; a range of days (5月5日至7日) gives both. Relative words are read against the page:
 * 今年/去年 against its year, 8月以来 against the article's date (else --08), 上月15日 only where the
 * article's date is known. A month alone (5月) is no date, nor is a word without numbers (昨天, 日前):
 * GUIDE.md counts dates stated with numbers.
 */
export function findDates(text: string, structure: Structure, span: SpanMaker, words: DateWords, numerals: Numerals): DateMention[] {
  const num = (s: string | undefined) => (s === undefined ? null : /^\d+$/.test(s) ? Number(s) : words.monthNames.get(s) ?? numerals.parse(s))
  const anchors = articleDates(text, structure)
  const pageYear = structure.year
  const out: DateMention[] = []
  const push = (s: number, e: number, iso: string) => out.push({ text: text.slice(s, e), iso, span: span(s, e) })
  const { pattern, starts } = words
  // After a date with a year and a range mark (2024年3月31日至4月2日, 2024年5月至7月): where the second date
  // begins, and the year it shares; null where a relative word dates the first but the page gives no year (今年4月至6月:
  // both months dated, --04 and --06).
  let carry: { at: number; year: number | null } = { at: -1, year: null }
  for (let m = nextMatch(text, 0, starts, pattern); m; m = nextMatch(text, m.index + m[0].length, starts, pattern)) {
    // …but a relative word begins no number: 2024-05-20 今年3月 (the space may be gone from the text read).
    if (NOT_AFTER.test(text[m.index - 1] ?? '') && !m[2] && !m[9]) continue
    const at = m.index
    // The span is the date: 以来 of 8月以来, 份 of 5月份 make a month a date but are not part of it.
    const end = at + m[0].length - (m[5]?.length ?? 0)
    const article = articleAt(structure, at)
    const anchor = anchors[article] ?? null
    // 今年, 去年: from the article's date (else the page's year); 同年, 次年: from the year written before in the article.
    const relativeYear = (word: string) => {
      const r = words.relative.get(word)!
      const y = r.kind === 'year-after' ? yearWrittenBefore(text, structure.articles[article]?.start ?? 0, at, words, num) : (anchor?.getUTCFullYear() ?? pageYear)
      return y === null ? null : y + r.offset
    }
    if (m[9]) {
      // 上月15日: against the article's date, where it is known.
      const dd = num(m[10])
      if (!anchor || dd === null || dd < 1 || dd > 31) continue
      const d = new Date(anchor)
      d.setUTCDate(1)
      d.setUTCMonth(d.getUTCMonth() + words.relative.get(m[9])!.offset)
      push(at, end, `${isoDay(d).slice(0, 7)}-${pad(dd)}`)
      continue
    }
    let year: number | null
    let month: number | null
    let day: number | null
    if (m[6]) { year = Number(m[6]); month = Number(m[7]); day = Number(m[8]) } else if (m[11]) { year = Number(m[13]); month = Number(m[12]); day = Number(m[11]) } else if (m[14]) {
      // 09-04 10:11: the year is not written (GUIDE.md: --09-04). A stamp stands alone on its line or after its label's
      // colon (发表时间:11-14 11:43), not inside a number or a sentence (0571-85310961, 比分10-12).
      if (at > 0 && !/[\s:\uff1a|]/.test(text[at - 1]!)) continue
      year = null; month = Number(m[14]); day = Number(m[15])
    } else if (m[16]) {
      // …only where a sentence or line begins (。1126日，), not inside one (坚持1230日).
      if (at > 0 && !SENTENCE_OPEN.test(text[at - 1]!)) continue
      year = null; month = Number(m[16]); day = Number(m[17])
    } else {
      year = num(m[1])
      if (year === null && m[2]) year = relativeYear(m[2])
      month = num(m[3])
      day = num(m[4])
      // 8月以来, 5月份: the month, in the article's year where it has one.
      if (year === null && day === null && m[5] && !m[2]) year = anchor?.getUTCFullYear() ?? null
    }
    const carried = year === null && at === carry.at
    if (carried) year = carry.year
    if (month === null || month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) continue
    // 5月17至18日, 5月17——18日, 7月23、24、27日: days of one month, 日 written after the last only, in order.
    const days = day === null && !m[5] ? words.dayRange.exec(text.slice(end, end + 24)) : null
    const list = days ? [{ at: end, n: num(days[1]), len: days[1]!.length }] : []
    if (days) {
      const restAt = end + days[1]!.length
      for (const d of days[2]!.matchAll(words.nextDay)) list.push({ at: restAt + d.index + d[0].length - d[1]!.length, n: num(d[1]), len: d[1]!.length })
      // The last day's span takes its 日.
      list.push({ at: end + days[0].length - days[3]!.length - 1, n: num(days[3]), len: days[3]!.length + 1 })
    }
    if (list.length > 1 && list.every((d, i) => d.n !== null && d.n >= 1 && d.n <= 31 && (i === 0 || d.n > list[i - 1]!.n!))) {
      const mm = `${year === null ? '-' : String(year)}-${pad(month)}`
      list.forEach((d, i) => push(i === 0 ? at : d.at, d.at + d.len, `${mm}-${pad(d.n!)}`))
      continue
    }
    // 1-6月份, 3、4月份, 今年1至9月, 4月至6月份: the first month, its 月 written or not, shares the second's suffix and year.
    const lead = day === null && !m[1] && !m[2] && !carried ? leadMonthBefore(text, at, words, num, relativeYear) : null
    if (lead && year === null) year = lead.year
    // A month alone (5月) is a date only with a year, a relative year word or a suffix (以来, 份).
    if (m[1] === undefined && !m[2] && !m[5] && !m[6] && !m[11] && !carried && !(lead && lead.dated) && day === null) continue
    const yy = year === null ? '-' : String(year)
    if (lead && lead.month < month) push(lead.start, lead.end, year === null ? `--${pad(lead.month)}` : `${yy}-${pad(lead.month)}`)
    push(at, end, day === null ? (year === null ? `--${pad(month)}` : `${yy}-${pad(month)}`) : `${yy}-${pad(month)}-${pad(day)}`)
    // 5月5日至7日: the range's last day, in the same month; a time of day may follow the first (3月5日上午至7日中午).
    const from = day !== null ? end + words.dayTime.exec(text.slice(end, end + 8))![0].length : end
    const range = day !== null ? words.rangeDay.exec(text.slice(from, from + 8)) : null
    const last = range ? num(range[1]) : null
    if (range && last !== null && last > day! && last <= 31) push(from + range[0].indexOf(range[1]!), from + range[0].length, `${yy}-${pad(month)}-${pad(last)}`)
    else if (year !== null || m[2]) {
      const mark = words.rangeMark.exec(text.slice(from, from + 2))
      if (mark) carry = { at: from + mark[0].length, year }
    }
  }
  return out
}
