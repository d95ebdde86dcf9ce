import { CppccNlpError } from '../errors.js'
import type { TsvRow } from '../resources/data-files.js'
import type { DateMention } from '../schema/result.js'
import type { SpanMaker } from '../spans/index.js'
import { articleAt, containing, type Range, type Structure } from '../structure/types.js'
import { DIGIT_DATE } from '../text/grammar.js'
import { escapeRegExp } from '../text/regexp.js'

/** Month names (data/en-months.tsv) and the date pattern made of them. */
export type EnDateGrammar = {
  readonly month: ReadonlyMap<string, number>
  /**
   * Global. Groups: 1-2 day and last day, 3 month, 4 year of a day first date (4th Mar, 2024; 1-3
   * March); 5 month, 6-7 day and last day, 8 year of a month first date (March 4 to 10, Feb 19, Jan. 13,
   * March 11, 2023); 9-10 month and year (September 1956); 11-12 month and "this" or "last" before "year"
   * (February this year, in March last year); 13-14 "last" before a month (last November).
   */
  readonly pattern: RegExp
  /**
   * Global. A page stamp, day, month word and year joined by hyphens (13-Mar-2019), or year, month word and day
   * (2011-January-26, China Daily's regional editions). Groups: 1 day, 2 month, 3 year; or 4 year, 5 month, 6 day.
   */
  readonly stamp: RegExp
  /** A month word and a range word ending a text (from January │to October 2023): group 1 the month word. */
  readonly monthRangeStart: RegExp
}

// A day: one or two digits, an ordinal suffix as written (14th, 21th), no digit or letter after, nor a colon before a digit
// (a time: 10:30); a colon before a space ends a dateline (China News Service, Beijing, January 24th: …).
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?!\\w|[:：]\\d)'
// "last year" or "this year" right after a day and month (October 11 last year, Oct. 11, this year); not "last year's";
// after a comma only where the clause ends after "year" (By October 11, last year saw…: the subject of the next clause).
const RELATIVE_YEAR_AFTER = /^(?:,\s+(this|last)\s+year(?=\s*[,.;)]|\s*$)|\s+(this|last)\s+year(?![A-Za-z'’]))/i
// The last day of a range in one month (March 4 to 10, March 1-3, February 6 and 7; not March 4 and
// 12 representatives, a count before a plural).
// What joins a range's two ends: a dash or a range word.
const JOIN = '\\s*[-–—]\\s*|\\s+(?:to|through|until|till)\\s+'
const RANGE = `(?:${JOIN}|\\s+and\\s+(?=\\d{1,2}(?:st|nd|rd|th)?(?![\\w:：])(?!\\s+[a-z]+s\\b)))${DAY}`
// A year after a day or month: four digits, not the start of a longer number (2,000); normalizing drops
// the space between a comma and digits (March 11,2023).
const YEAR = '(?:,\\s*|\\s+)(\\d{4})(?![\\d]|[,.]\\d)'

/** `issueLabels`: the labels of a periodical's issue (No., Issue, Vol.), as written: a number right after one is no day. */
export function enDateGrammar(rows: readonly TsvRow[], issueLabels: readonly string[]): EnDateGrammar {
  const month = new Map<string, number>()
  for (const r of rows) {
    const n = Number(r.cells[1])
    const w = r.cells[0]!
    if (!Number.isInteger(n) || n < 1 || n > 12 || !/^[A-Z][a-z]+$/.test(w)) throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: expected a capitalized month word and a month number 1-12`)
    month.set(w, n).set(w.toUpperCase(), n)
  }
  // Capitalized or in capitals (May, MAY, never may); an abbreviation (a word that begins a longer
  // name of its month: Jan of January) may take a dot (Jan.), a full name may not (… of March.).
  const words = [...month.keys()].sort((a, b) => b.length - a.length)
  const abbreviations = words.filter((a) => words.some((w) => w !== a && w.startsWith(a) && month.get(w) === month.get(a)))
  const M = `(?<![A-Za-z])(${words.join('|')})(?![A-Za-z])(?:(?<=${abbreviations.join('|')})\\.)?`
  // A day before the month, unless a day and a year follow the month (NO. 6 FEBRUARY 8, 2018: the issue number before a
  // month-first date) or an issue's label stands right before it (Issue 12 March 5: the month-first March 5); a count
  // after it is no day (On 5 March 12 members spoke: 5 March). The labels as written and in capitals.
  const labels = [...new Set(issueLabels.flatMap((l) => [l, l.toUpperCase()]))].map(escapeRegExp).join('|') || '(?!)'
  const pattern = new RegExp(
    `(?<![\\w.:：-]|\\d,)(?<!(?<![A-Za-z])(?:${labels})\\s*)${DAY}(?:${RANGE})?\\s+(?:of\\s+)?${M}(?!\\s*\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*|\\s+)\\d{4}(?![\\d]|[,.]\\d))(?:${YEAR})?` +
      `|${M}\\s*${DAY}(?:${RANGE})?(?:${YEAR})?` +
      `|${M}${YEAR}` +
      `|${M}\\s+(this|last)\\s+year(?![A-Za-z])` +
      // …or "last" before the month (last November = November last year), no day or name after it (the last May Fourth …).
      `|(?<![A-Za-z])(last|Last)\\s+${M}(?!\\s*,?\\s*\\d)(?!\\s+[A-Z][a-z])`,
    'gd',
  )
  const stamp = new RegExp(`(?<![\\w-])(?:(\\d{1,2})-(${words.join('|')})-(\\d{4})|(\\d{4})-(${words.join('|')})-(\\d{1,2}))(?![\\w-])`, 'g')
  const monthRangeStart = new RegExp(`(?<![A-Za-z])(${words.join('|')})(?:${JOIN})$`)
  return { month, pattern, stamp, monthRangeStart }
}

const pad = (n: number) => String(n).padStart(2, '0')
// Day and month (either order) before a four-digit year, joined by hyphens or slashes: 03-15-2007, 15/03/2007.
const YEAR_LAST = /(?<![\d./-])(\d{2})([-/])(\d{2})\2(\d{4})(?![\d/-]|\.\d)/g
// Month and day in digits set apart by a space, a comma before the year: 05 22,2020 (a page stamp; see yearLastDates).
const SPACED_MONTH_DAY = /(?<![\d.,:-])(\d{1,2}) (\d{1,2}),\s?(\d{4})(?!\d|[,.]\d)/g
// A stamp with a two-digit year first and a clock time after it, as Chinese sites print it in English (Pub Date:18-03-15
// 08:26): year, month and day in the order of a full numeric date (2018-03-15), the century the present one's.
const SHORT_YEAR_STAMP = /(?<![\d./-])(\d{2})-(\d{2})-(\d{2})(?=\s+\d{1,2}:\d{2}(?!\d))/g
// A date with its year near an article's top: a numeric one (Updated: 2024-03-01) or one in English.
const NUMERIC = new RegExp(DIGIT_DATE, 'g')
// What closes a backward pair of days joined by "and" (March 5 and 4, respectively; 5 and 3 March respectively).
const PAIR_CLOSE = /^(?:,(?!\d)|;|\.|\)|\s*respectively\b)/
// A range across months: its two dates joined as a range's ends are.
const RANGE_WORD = new RegExp(`^(?:${JOIN})$`)
// Two dates joined by a bare "and" (March 5 and March 3, 2019).
const AND_WORD = /^\s+and\s+$/
// A comma that lists a date before the next (March 1, │March 5 and March 9, 2019).
const LIST_COMMA = /^,\s*$/
// A sentence's end between two words: a line break, or a stop before a capital or quote (not the dot of Jan. 5).
const SENTENCE_END = /\n|[.!?]["”’)]?\s+(?=["“A-Z])/

// A month of the year the page is written in or of the one before it (February this year, March last year): by how much.
type Found = Range & { month: number; day: number | null; year: number | null; yearsBack?: number }

/**
 * English dates with month names in the given paragraphs: Feb 19, Jan. 13, March 11, 2023, 19 February
 * 2022, January 14th, 4th Mar, 2024, September 1956 (a month), and ranges in one month (March 4 to 10,
 * March 1-3) as two dates, the second with its own text, and ranges of months (January to October 2023) as two months. A date without a year takes that of the
 * nearest date before it in its paragraph that writes a year, else of the article's printed date, else of a full date
 * in its top lines, else of the nearest date before it on the page that writes a year; else it is --MM-DD. A bare year or month is no date. Numeric dates
 * (2024-03-01) are the Chinese finder's, in every paragraph. A date inside a body's name (the September 3 Society) is
 * none: `bodies`, in order, are the body mentions; their spans stay covered for the figures.
 */
export function findEnglishDates(text: string, paragraphs: readonly Range[], structure: Structure, g: EnDateGrammar, span: SpanMaker, bodies: readonly Range[] = [], joined: readonly Range[] = paragraphs): { dates: DateMention[]; covered: Range[] } {
  const found: Found[] = []
  const covered: Range[] = []
  // Month-name dates are read in the paragraphs of a hard-wrapped text joined where a line ends inside a sentence (`joined`):
  // a month and its year or day across the line end are one date (joined the CPC in December│1965: 1965-12).
  for (const p of joined) {
    const body = text.slice(p.start, p.end)
    g.pattern.lastIndex = 0
    for (let m = g.pattern.exec(body); m; m = g.pattern.exec(body)) {
      const at = p.start + m.index
      const dayFirst = m[3] !== undefined
      const monthWord = (m[3] ?? m[5] ?? m[9] ?? m[11] ?? m[14])!
      const month = g.month.get(monthWord)!
      const day = m[1] ?? m[6]
      const last = m[2] ?? m[7]
      const yearText = m[4] ?? m[8] ?? m[10]
      const year = yearText !== undefined && Number(yearText) >= 1000 && Number(yearText) < 3000 ? Number(yearText) : null
      const d = day === undefined ? null : Number(day)
      const end = at + m[0].length
      const relativeYear = m[12] ?? m[13]
      const yearsBack = relativeYear === undefined ? undefined : relativeYear.toLowerCase() === 'last' ? 1 : 0
      if ((d !== null && (d < 1 || d > 31)) || (d === null && year === null && yearsBack === undefined)) continue
      covered.push({ start: at, end })
      if (d === null) {
        // from January to October 2023, January-October this year: a range of months gives its first month too, in the
        // year written at its end (as 2022年1—10月 gives 2022-01 and 2022-10).
        const first = g.monthRangeStart.exec(body.slice(0, m.index))
        const from = first ? g.month.get(first[1]!)! : 0
        const back = yearsBack !== undefined ? { yearsBack } : {}
        if (first && from < month) {
          const s0 = at - first[0].length
          covered.push({ start: s0, end: s0 + first[1]!.length })
          found.push({ start: s0, end: s0 + first[1]!.length, month: from, day: null, year, ...back })
        }
        found.push({ start: at, end, month, day: null, year, ...back })
        continue
      }
      const l = last === undefined ? null : Number(last)
      // A day and month with "last year" or "this year" after it (elected on October 11 last year, Oct. 11, last year):
      // that year counted from the page's present, as a month so written is (README: March last year = 去年3月).
      const rel = year === null ? RELATIVE_YEAR_AFTER.exec(body.slice(m.index + m[0].length)) : null
      const dayBack = rel ? { yearsBack: (rel[1] ?? rel[2])!.toLowerCase() === 'last' ? 1 : 0 } : {}
      // Two days joined by "and" are two dates in either order (open on March 5 and 4, respectively: two sessions' days);
      // a range joined by a dash or "to" runs forward only. A backward pair must close where the date does (a comma not of
      // a number, a semicolon, a stop, a bracket, "respectively"): else the smaller number is a count or a time (March 15
      // and 3,000 people, March 10 and 2 pm, March 5 and 4 more came).
      const pair = l !== null && /^\s+and\s+$/.test(body.slice(m.indices![dayFirst ? 1 : 6]![1], m.indices![dayFirst ? 2 : 7]![0]))
      const backward = pair && PAIR_CLOSE.test(body.slice(m.index + m[0].length))
      if (l === null || l === d || (l < d && !backward) || l > 31) { found.push({ start: at, end, month, day: d, year, ...dayBack }); continue }
      // A range: March 4 │ 10, 1 │ 3 March; each day keeps its ordinal suffix (14th).
      const [, dayEnd] = m.indices![dayFirst ? 1 : 6]!
      const [lastStart, lastEnd] = m.indices![dayFirst ? 2 : 7]!
      const dayTo = p.start + dayEnd + ordinalLength(body, dayEnd)
      found.push({ start: at, end: dayTo, month, day: d, year, ...dayBack })
      found.push({ start: p.start + lastStart, end: dayFirst ? end : p.start + lastEnd + ordinalLength(body, lastEnd), month, day: l, year, ...dayBack })
    }
  }
  // A numeric date with the year last (03-15-2007, 03/02/2001 in a page line) or a stamp with a month word (13-Mar-2019).
  // Slashes are read in one order per page: day first if any slash date of the page has a first number above 12 (13/03/2019),
  // else month first, and then only in a stamp line (an ambiguous 11/12/1965 in a sentence is no date).
  const dayFirstPage = DAY_FIRST_DATE.test(text)
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end)
    for (const f of yearLastDates(body, g, dayFirstPage ? 'day' : isStampLine(body) ? 'month' : 'none')) {
      const at = p.start + f.start
      covered.push({ start: at, end: p.start + f.end })
      found.push({ ...f, start: at, end: p.start + f.end })
    }
  }
  found.sort((x, y) => x.start - y.start)
  // Drop the dates a body mention overlaps: both lists in order, one pass.
  let b = 0
  const named = found.filter((f) => {
    while (b < bodies.length && bodies[b]!.end <= f.start) b++
    return !(b < bodies.length && bodies[b]!.start < f.end)
  })
  found.splice(0, found.length, ...named)
  // A range across months shares the year written at its end (Feb. 28 to March 5, 2024), as two dates joined by a bare
  // "and" do (on March 5 and March 3, 2019, respectively; not "born on May 2 and joined … on May 9, 1985"); a first month
  // after the second is in the year before in a range (Dec. 28 to Jan. 3, 2020: 2019-12-28), while "and" joins dates in
  // any order ("respectively"), so there only December then January crosses (Dec. 30 and Jan. 2, 2020). A list by ", "
  // into such a join shares it too (on March 1, March 5 and March 9, 2019).
  const listed = new Set<number>()
  for (let i = found.length - 2; i >= 0; i--) {
    const [f, n] = [found[i]!, found[i + 1]!]
    const joint = text.slice(f.end, n.start)
    const range = RANGE_WORD.test(joint)
    if (f.year === null && f.yearsBack === undefined && n.year !== null && n.day !== null && (range || AND_WORD.test(joint) || (listed.has(i + 1) && LIST_COMMA.test(joint)))) {
      const crossesYearEnd = f.month > n.month && (range || (f.month === 12 && n.month === 1))
      f.year = crossesYearEnd ? n.year - 1 : n.year
      listed.add(i)
    }
  }
  const years = writtenYears(text, found)
  // Where the paragraph holding `at` starts (`at` itself outside every paragraph): the paragraphs are in order.
  const paragraphOf = (at: number) => { const k = containing(paragraphs, at); return k < 0 ? at : paragraphs[k]!.start }
  const anchors = anchorYears(text, structure, g)
  // The article's year for a date at `at`: a full date of its top lines does not lend its year to an earlier month-day
  // of its own sentence, which has its own context (Jan. 5 to 7 … March 10, 2023 is no 2023-01-05).
  const anchorAt = (at: number) => { const a = anchors[articleAt(structure, at)]; return a && !(at < a.at && !SENTENCE_END.test(text.slice(at, a.at))) ? a.year : null }
  // A month of "this year" or "last year" counts from the page's present, as 今年/去年 do (dev-pages README): the article's
  // own year, else the year of the nearest full date before it (a caption's March 3, 2018 … October last year), else the
  // year the page writes for the present (structure.year, shared with the Chinese finder); without one it is --MM.
  // …else a page-date line printed after a long lead (CGTNUpdated: February 11, 2018; en dev 506): a stamp line of the
  // article's first lines that holds a full date. It dates only such months: a month-day before it (a dateline's March
  // 11th above a speech's "(March 4, 2023)", en dev 322) keeps no year.
  const stamps = structure.articles.map((a) => stampLineYear(text.slice(a.start, Math.min(a.end, a.start + STAMP_REACH)), g)?.year ?? null)
  const present = (at: number) => anchorAt(at) ?? yearBefore(years, at) ?? stamps[articleAt(structure, at)] ?? structure.year
  const dates = found.map((f) => {
    const anchor = anchorAt(f.start)
    const now = f.yearsBack !== undefined ? present(f.start) : null
    // …a year written before it in its own paragraph is nearer than the article's (In February 2024, … On April 10, …: 2024).
    const y = f.yearsBack !== undefined ? (now === null ? null : now - f.yearsBack) : f.year ?? yearBefore(years, f.start, paragraphOf(f.start)) ?? anchor ?? yearBefore(years, f.start)
    const yy = y === null ? '-' : String(y)
    const iso = f.day === null ? `${yy}-${pad(f.month)}` : `${yy}-${pad(f.month)}-${pad(f.day)}`
    // The text as the page writes it: normalizing drops the space of "March 11, 2023".
    const at = span(f.start, f.end)
    return { text: at.text.replace(/\s+/g, ' '), iso, span: at }
  })
  return { dates, covered }
}

/**
 * Dates written with the year last in `s`: numeric, month first or day first where a number above 12 is the day, and
 * month first where both could be a month and slashes join them (hyphens in a stamp line), as English pages print it
 * (03/02/2001 is March 2); a stamp with a two-digit year first and a time after it (18-03-15 08:26); and
 * stamps with a month word (13-Mar-2019). Offsets into `s`, in order.
 */
function yearLastDates(s: string, g: EnDateGrammar, slashes: SlashOrder): Array<Range & { month: number; day: number; year: number }> {
  const out: Array<Range & { month: number; day: number; year: number }> = []
  for (const m of s.matchAll(YEAR_LAST)) {
    const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])]
    // Hyphens whose numbers could both be a month are read month first only in a stamp line, as slashes there
    // ("Source: Xinhua | 06-12-2008 21:00", CCTV prints 03-15-2007 so), never by a day-first page's slashes.
    const ambiguous = (m[2] === '/' || slashes === 'month') && a >= 1 && a <= 12 && b >= 1 && b <= 12
    const [month, day] = a <= 12 && b > 12 && b <= 31 ? [a, b] : b <= 12 && a > 12 && a <= 31 ? [b, a] : ambiguous && slashes === 'month' ? [a, b] : ambiguous && slashes === 'day' ? [b, a] : [0, 0]
    if (!month || y < 1900 || y > 2100) continue
    out.push({ start: m.index, end: m.index + m[0].length, month, day, year: y })
  }
  // 05 22,2020: month and day in digits, as "May 22, 2020" writes them (hihainan.info), only in a stamp line.
  for (const m of s.matchAll(SPACED_MONTH_DAY)) {
    const [month, day, y] = [Number(m[1]), Number(m[2]), Number(m[3])]
    if (month < 1 || month > 12 || day < 1 || day > 31 || y < 1900 || y > 2100 || !isStampLine(lineAround(s, m.index))) continue
    out.push({ start: m.index, end: m.index + m[0].length, month, day, year: y })
  }
  for (const m of s.matchAll(SHORT_YEAR_STAMP)) {
    const [y, month, day] = [2000 + Number(m[1]), Number(m[2]), Number(m[3])]
    if (month < 1 || month > 12 || day < 1 || day > 31 || !isStampLine(lineAround(s, m.index))) continue
    out.push({ start: m.index, end: m.index + m[0].length, month, day, year: y })
  }
  for (const m of s.matchAll(g.stamp)) {
    const [day, month, y] = m[1] !== undefined ? [Number(m[1]), g.month.get(m[2]!)!, Number(m[3])] : [Number(m[6]), g.month.get(m[5]!)!, Number(m[4])]
    if (day < 1 || day > 31 || y < 1900 || y > 2100) continue
    out.push({ start: m.index, end: m.index + m[0].length, month, day, year: y })
  }
  return out.sort((x, y) => x.start - y.start)
}

/** The line of `s` that holds the offset `at`, without its line break. */
function lineAround(s: string, at: number): string {
  return s.slice(s.lastIndexOf('\n', at) + 1, (s.indexOf('\n', at) + 1 || s.length + 1) - 1)
}

/** How a slash date whose numbers could both be a month is read: month first, day first, or not at all. */
type SlashOrder = 'month' | 'day' | 'none'
// A slash or hyphen date with its first number above 12 and its second a month: the page writes the day first
// (13/03/2019, 13-03-2019), not where the second can be no month (a phone number 13/45/2019).
const DAY_FIRST_DATE = /(?<![\d./-])(?:1[3-9]|2\d|3[01])([/-])(?:0[1-9]|1[0-2])\1\d{4}(?![\d/-]|\.\d)/

/**
 * A page's stamp line, where English pages print a date month first (03/02/2001 is March 2): short and no sentence, or a
 * source in brackets ("(Xinhua 03/02/2001)", "Updated 16:51, 03/02/2019").
 */
function isStampLine(line: string): boolean {
  const t = line.trim()
  return t.length <= 100 && (!/[.!?"”]$/.test(t) || /^\(.*\)$/.test(t))
}

/** The length of an ordinal suffix at body[i] (14th, 21st), else 0. */
const ordinalLength = (body: string, i: number) => (/^(?:st|nd|rd|th)/.test(body.slice(i, i + 2)) ? 2 : 0)

/** Where dates write a year on the page (English dates with a year, numeric dates), in order. */
function writtenYears(text: string, found: readonly Found[]): Array<{ at: number; year: number }> {
  const out = found.filter((f) => f.year !== null).map((f) => ({ at: f.start, year: f.year! }))
  for (const n of numericYears(text)) out.push(n)
  return out.sort((a, b) => a.at - b.at)
}

/** The years of numeric dates in `s` (2024-03-01), in order; not four digits of a phone number (0551-62-62-62), as yearLastDates reads a year. */
function numericYears(s: string): Array<{ at: number; year: number }> {
  return [...s.matchAll(NUMERIC)].filter((m) => Number(m[1]) >= 1900 && Number(m[1]) <= 2100 && Number(m[2]) >= 1 && Number(m[2]) <= 12).map((m) => ({ at: m.index, year: Number(m[1]) }))
}

/** The year of the last written year before `at`, from `from` on (the page's start by default), else null. */
function yearBefore(years: ReadonlyArray<{ at: number; year: number }>, at: number, from = 0): number | null {
  let y: number | null = null
  for (const w of years) { if (w.at >= at) break; if (w.at >= from) y = w.year }
  return y
}

/**
 * Each article's year and where it is written: of its printed date (from the article's start), else of the first full
 * date in its top lines (11:43, March 11, 2023; from that date on), else of a page date at its end (from the start).
 */
function anchorYears(text: string, structure: Structure, g: EnDateGrammar): Array<{ year: number; at: number } | null> {
  return structure.articles.map((a) => {
    if (a.date) return { year: Number(a.date.slice(0, 4)), at: a.start }
    const top = text.slice(a.start, Math.min(a.end, a.start + 300))
    const numeric = numericYears(top)[0] ?? null
    let english: { at: number; year: number } | null = null
    g.pattern.lastIndex = 0
    for (let m = g.pattern.exec(top); m && !english; m = g.pattern.exec(top)) {
      const y = m[4] ?? m[8]
      if (y !== undefined && (m[1] ?? m[6]) !== undefined) english = { at: m.index, year: Number(y) }
    }
    const last = yearLastDates(top, g, 'month')[0]
    const stamped = last ? { at: last.start, year: last.year } : null
    const first = [numeric, english, stamped].filter((x) => x !== null).sort((x, y) => x.at - y.at)[0]
    if (first) return { year: first.year, at: a.start + first.at }
    const end = endYear(text.slice(a.start, a.end), g)
    return end === null ? null : { year: end, at: a.start }
  })
}

// How far into an article a page-date line may stand after its headline and lead (en dev 506: at 330 characters).
const STAMP_REACH = 800

/** The first stamp line of `top` (short and no sentence) that holds a full date: its year and where the line starts; else null. */
function stampLineYear(top: string, g: EnDateGrammar): { at: number; year: number } | null {
  let at = 0
  for (const line of top.split('\n')) {
    const year = at + line.length < top.length && isStampLine(line) ? fullDateYear(line, g) : null
    if (year !== null) return { at, year }
    at += line.length + 1
  }
  return null
}

/** The year of a full date in `line` (numeric, year last, or an English month, day and year), else null. */
function fullDateYear(line: string, g: EnDateGrammar): number | null {
  const n = numericYears(line)[0]
  if (n) return n.year
  const stamped = yearLastDates(line, g, 'month')[0]
  if (stamped) return stamped.year
  g.pattern.lastIndex = 0
  for (let m = g.pattern.exec(line); m; m = g.pattern.exec(line)) {
    const y = m[4] ?? m[8]
    if (y !== undefined && (m[1] ?? m[6]) !== undefined) return Number(y)
  }
  return null
}

/**
 * The year of a page date written at an article's end: its last line, short and no sentence (a source in brackets,
 * "(Xinhua News Agency March 14, 2003)"), that holds a full date; else null.
 */
function endYear(article: string, g: EnDateGrammar): number | null {
  const last = article.trimEnd().split('\n').pop()!.trim()
  return isStampLine(last) ? fullDateYear(last, g) : null
}
