import { CppccNlpError } from '../errors.js'
import type { TsvRow } from '../resources/data-files.js'
import { UnitSet } from '../text/chars.js'

/**
 * Relative year words and the words that make a year a target (data/date-words.tsv), and the date
 * pattern built from them: `pattern` is sticky, tried only where `starts` holds the unit.
 */
export type DateWords = { relativeYears: ReadonlyMap<string, number>; targetBefore: RegExp; targetAfter: RegExp; pattern: RegExp; starts: UnitSet }

const N = '(?:\\d{1,4}|[〇零一二三四五六七八九十]{1,4})'

const alternation = (ws: string[]) => ws.sort((a, b) => b.length - a.length).join('|')

export function dateWords(rows: readonly TsvRow[]): DateWords {
  const relativeYears = new Map<string, number>()
  const before: string[] = []
  const after: string[] = []
  for (const { cells, where } of rows) {
    const [word = '', kind, offset] = cells
    if (kind === 'year' && offset !== undefined && /^-?\d+$/.test(offset)) relativeYears.set(word, Number(offset))
    else if (kind === 'target') before.push(word)
    else if (kind === 'target-after') after.push(word)
    else throw new CppccNlpError('E_DATA', `invalid entry in ${where}: expected kind year (with an offset), target or target-after`)
  }
  const relative = [...relativeYears.keys()]
  // 2024年1月15日 · 今年6月26日 · 9月19日 · 2022年8月 · 2024-05-18 · 2024.05.18 · 2024/5/18
  const pattern = new RegExp(
    `(?:(\\d{4}|[〇零一二三四五六七八九]{4})年|(${alternation(relative)}))?(${N})月(?:(${N})[日号])?` +
      `|(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})(?!\\d)`,
    'y',
  )
  const starts = UnitSet.of(['0123456789〇零一二三四五六七八九十', ...relative.map((w) => w[0]!)])
  return { relativeYears, targetBefore: new RegExp(`(?:${alternation(before)})$`), targetAfter: new RegExp(`^年(?:${alternation(after)})`), pattern, starts }
}
