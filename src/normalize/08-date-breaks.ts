import { Editor } from './offset-map.js'
import { DAY_WORD, MONTH_WORD, SPOKEN_DAY_WORD, YEAR } from '../text/grammar.js'
import type { NormalizeStep } from './types.js'

// White space OCR or a narrow column puts inside a date: spaces and tabs, at most one line break (two, a blank line, end
// a paragraph: no date is joined across them).
const W = '[ \\t\\u00a0]*(?:\\r?\\n[ \\t\\u00a0]*)?'
// A second line break in one date: the date would span three lines; not joined.
const TWO_BREAKS = /\n[^]*\n/
/**
 * A calendar date with a day, white space anywhere inside it (7月2 4日, 6⏎月3日, 2024年7⏎月24日): group 1 the year with
 * its word, 2 the month's number, 3 the day's number, each with the white space inside it. Not after a digit, nor after
 * a digit and spaces on the same line (第12 5月1 2日: the 12 may be part of the number).
 * A month's number split (1 2月) is read only after a year on the same line: alone or after a year that ends a line,
 * its first digit may number a row (1 2月3日; 2023年⏎1 2月3日).
 */
const DATE = new RegExp(
  `(?<!\\d[ \\t\\u00a0]*)((?:\\d${W}){3}\\d${W}${YEAR}${W})?(\\d(?:${W}\\d)?)${W}${MONTH_WORD}${W}(\\d(?:${W}\\d)?)${W}[${DAY_WORD}${SPOKEN_DAY_WORD}]`,
  'g',
)
const SPACE = /[ \t\u00a0\r\n]+/g
const bare = (s: string | undefined) => (s ?? '').replace(SPACE, '')
const inRange = (s: string | undefined, hi: number) => { const n = Number(bare(s)); return n >= 1 && n <= hi }
// A line break after the year's word: the year ends a line, and a split month on the next may be a row's number.
const BROKEN_AFTER_YEAR = new RegExp(`${YEAR}[ \\t\\u00a0]*\\r?\\n`)
/** Whether a month's number split by white space is licensed: a year before it, on the same line (2023年1 2月). */
const splitMonthLicensed = (year: string | undefined) => !!year && !BROKEN_AFTER_YEAR.test(year)

/**
 * Joins a calendar date that white space breaks (7月2 4日 → 7月24日; 6⏎月3日 at a line's end → 6月3日): the space
 * between two digits stays after dropCjkSpaces (it may part two numbers), and a line break inside a date is no end of a
 * sentence. Only where what is left is a date: a month of 1 to 12 and a day of 1 to 31, 日 or 号 after the day; 日
 * only after a day's number split by white space (5月1 2号楼: 号 may number a building).
 */
export const joinBrokenDates: NormalizeStep = (m) => {
  const ed = new Editor(m)
  let last = 0
  DATE.lastIndex = 0
  for (let x = DATE.exec(m.text); x; x = DATE.exec(m.text)) {
    if (!/\s/.test(x[0]) || TWO_BREAKS.test(x[0]) || !inRange(x[2], 12) || !inRange(x[3], 31) || (/\s/.test(x[3]!) && !x[0].endsWith(DAY_WORD)) || (/\s/.test(x[2]!) && !splitMonthLicensed(x[1]))) continue
    // Keep the date's characters, drop the white space between them: each unit keeps its place in the input.
    for (const sp of x[0].matchAll(SPACE)) {
      ed.keep(last, x.index + sp.index)
      last = x.index + sp.index + sp[0].length
    }
  }
  if (last === 0) return { out: m, warnings: [] }
  ed.keep(last, m.text.length)
  return { out: ed.done(), warnings: [] }
}
