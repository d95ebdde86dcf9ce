import { CppccNlpError } from '../errors.js'
import type { TsvRow } from '../resources/data-files.js'
import { UnitSet } from '../text/chars.js'
import { DAY_WORD, HAN_DIGITS, HAN_SMALL, MONTH_WORD, SPOKEN_DAY_WORD, YEAR, YEAR_APART_STAMP } from '../text/grammar.js'
import { alternation } from '../text/regexp.js'

/**
 * The words of dates (data/date-words.tsv) and the date pattern built from them: `pattern` is sticky,
 * tried only where `starts` holds the unit. Groups: 1 year, 2 relative year, 3 month, 4 day, 5 month
 * suffix with the part of the month before it (8月以来, 6月底以来), 6-8 a numeric date (2024-05-18), 9-10 a relative month and a day (上月15日), 11-13 a page's stamp day
 * first before a clock time (11.12.2015 16:54): day, month, year; 14-15 a page's stamp without its year before a clock
 * time (09-04 10:11, as county media sites print it): month, day; 16-17 a month and day of two digits each, glued, before 日
 * (1126日, its 月 lost by the source).
 */
export type DateWords = {
  /** Relative years and months and their offsets: from the page's date (今年, 上月), or from the last year written before (同年, 次年: year-after). */
  relative: ReadonlyMap<string, { kind: 'year' | 'month' | 'year-after'; offset: number }>
  /** Months written by name before 月 (元月 → 1). */
  monthNames: ReadonlyMap<string, number>
  /** A range mark at the start of a text (至, —): a date after it shares the year of the one before. */
  rangeMark: RegExp
  targetBefore: RegExp
  targetAfter: RegExp
  /** After a year's number: 年 (度) and a plan or agenda named for that year (2018年工作要点, 2024年度协商计划). */
  planAfter: RegExp
  pattern: RegExp
  /** The second day of a range written after a first date (至7日): group 1 the day. */
  rangeDay: RegExp
  /**
   * Days of a range or list right after 月, 日 written after the last only (5月17至18日, 5月17——18日, 7月23、24、27日):
   * group 1 the first day, group 2 the days between, each after its mark (read with `nextDay`), group 3 the last day.
   */
  dayRange: RegExp
  /** One day after its mark in group 2 of `dayRange` (the mark, then 24): group 1 the day; global. */
  nextDay: RegExp
  /**
   * The first month of a range or list before a second month (1-6月份, 3、4月份, 今年1至9月, 4月至6月份), ending where
   * the second month begins: group 1 a year, 2 a relative year, 3 the month, 4 its 月 where written.
   */
  leadMonth: RegExp
  /** A time of day, an hour or both, at the start of a text (上午, 上午9时, 9:30): between a day and a range mark. */
  dayTime: RegExp
  /** A year written with 年 (2019年, 二〇一九年): group 1 its number; global, for the last one before a position. */
  writtenYear: RegExp
  starts: UnitSet
}

// How many characters a plan's name may have between 年 and its word: 度 and 常委会协商 of 2024年度常委会协商议题,
// 民主评议工作实施 of 2018年民主评议工作实施方案.
const PLAN_NAME_REACH = 9

const N = `(?:\\d{1,4}|[${HAN_SMALL}]{1,4})`
// A clock time after a page stamp's day whose 日 the site left out (2013年10月14 08:19:44: dev 480): the day is the stamp's.
const STAMP_CLOCK = '(?=[ \\t\\u00a0]+\\d{1,2}[:\\uff1a]\\d{2})'
// The marks a day's number takes (日, and 号 as speech writes it).
const DAY = `[${DAY_WORD}${SPOKEN_DAY_WORD}]`

export function dateWords(rows: readonly TsvRow[]): DateWords {
  const relative = new Map<string, { kind: 'year' | 'month' | 'year-after'; offset: number }>()
  const monthNames = new Map<string, number>()
  const lists: Record<string, string[]> = { 'month-suffix': [], 'month-part': [], range: [], target: [], 'target-after': [], 'plan-after': [], 'plan-end': [], 'day-part': [], clock: [] }
  for (const r of rows) {
    const [word = '', kind = '', offset] = r.cells
    if ((kind === 'year' || kind === 'month' || kind === 'year-after') && offset !== undefined && /^-?\d+$/.test(offset)) relative.set(word, { kind, offset: Number(offset) })
    else if (kind === 'month-name' && offset !== undefined && /^\d+$/.test(offset)) monthNames.set(word, Number(offset))
    else if (kind in lists) lists[kind]!.push(word)
    else throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: expected kind year, month or year-after (with an offset), month-name (with its number), month-suffix, month-part, range, target, target-after, plan-after, plan-end, day-part or clock`)
  }
  const of = (k: 'year' | 'month' | 'year-after') => [...relative].filter(([, v]) => v.kind === k).map(([w]) => w)
  const years = alternation([...of('year'), ...of('year-after')])
  // 2024年1月15日 · 今年6月26日 · 9月19日 · 8月以来 · 2024-05-18 · 2024.05.18 · 2024/5/18 · 昨天 · 上月 · 11.12.2015 16:54
  const pattern = new RegExp(
    `(?:(\\d{4}|[${HAN_DIGITS}]{4})年|(${years}))?(${N}|${alternation([...monthNames.keys()])})月(?:(${N})(?:${DAY}|${STAMP_CLOCK}))?((?:${alternation(lists['month-part']!)})?(?:${alternation(lists['month-suffix']!)}))?` +
      // 2023 01/11: a page's stamp, the year apart from month and day (a wire service's template).
      `|(?:(?=${YEAR_APART_STAMP})|(?=\\d{4}[-./]))(\\d{4})(?:[-./]|[ \\t\\u00a0]+)(\\d{1,2})[-./](\\d{1,2})(?!\\d)` +
      `|(${alternation(of('month'))})(${N})${DAY}` +
      // 11.12.2015  16:54: a page's stamp, day first, before a clock time (as aggregators print it).
      `|(\\d{2})\\.(\\d{2})\\.(\\d{4})(?=[ \\t\\u00a0]+\\d{1,2}:\\d{2})` +
      // 09-04 10:11: a page's stamp, month first and no year, before a clock time; not the end of a longer number.
      `|(\\d{2})-(\\d{2})(?=[ \\t\\u00a0]+\\d{1,2}:\\d{2}(?!\\d))` +
      // 1126日: a month and day of two digits each whose 月 the source lost, opening a sentence (dev 388, 574); three
      // digits (228日, 713日) stay none, as the gold of 174 and 460 leaves them (118日: 1月18日 or 11月8日).
      `|(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])${DAY_WORD}(?!\\d)`,
    'y',
  )
  const rangeDay = new RegExp(`^(?:${alternation(lists.range!)})(${N})${DAY}`)
  // The same range of days, its first day written before the mark, and more days may follow (7月23、24、27日).
  const mark = `(?:${alternation(lists.range!)})`
  const nextDay = new RegExp(`${mark}(${N})`, 'g')
  const dayRange = new RegExp(`^(${N})((?:${mark}${N})*)${rangeDay.source.slice(1)}`)
  const leadMonth = new RegExp(`(?:(\\d{4}|[${HAN_DIGITS}]{4})${YEAR}|(${years}))?(\\d{1,2}|[${HAN_SMALL}]{1,2})(${MONTH_WORD})?(?:${alternation(lists.range!)})$`)
  const dayTime = new RegExp(`^(?:${alternation(lists['day-part']!)})?(?:\\d{1,2}(?:${alternation(lists.clock!)}|[:：]\\d{2}))?`)
  const writtenYear = new RegExp(`(?<!\\d)(\\d{4}|[${HAN_DIGITS}]{4})${YEAR}`, 'g')
  const starts = UnitSet.of(['0123456789' + HAN_SMALL, ...[...relative.keys(), ...monthNames.keys()].map((w) => w[0]!)])
  return {
    relative, monthNames, dayRange, nextDay,
    rangeMark: new RegExp(`^(?:${alternation(lists.range!)})`),
    targetBefore: new RegExp(`(?:${alternation(lists.target!)})$`),
    targetAfter: new RegExp(`^年(?:${alternation(lists['target-after']!)})`),
    // The plan's name runs on from 年 without a break: 2018年民主评议工作实施方案, not 2022年度…工作情况, 2020年，…计划;
    // its word ends the name (no Han after it but plan-end), not a verb's object: 2021年全县共安排专项资金.
    planAfter: new RegExp(`^${YEAR}\\p{Script=Han}{0,${PLAN_NAME_REACH}}?(?:${alternation(lists['plan-after']!)})(?!(?!${alternation(lists['plan-end']!)})\\p{Script=Han})`, 'u'),
    pattern, rangeDay, leadMonth, dayTime, writtenYear, starts,
  }
}
