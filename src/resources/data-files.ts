import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CppccNlpError } from '../errors.js'

/** The package's data/ folder, found by walking up from this module (src/ in tests, dist/ when built). */
const DATA_DIR = ((): string => {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'data', 'divisions.tsv'))) return join(dir, 'data')
    dir = dirname(dir)
  }
  throw new CppccNlpError('E_DATA', `cannot find the data/ folder above ${fileURLToPath(import.meta.url)}`)
})()

export const dataPath = (file: string): string => join(DATA_DIR, file)

/** A row of a TSV file, with where it comes from for error messages. */
export class TsvRow {
  constructor(readonly cells: string[], private readonly file: string, private readonly line: number) {}
  /** file:line, for a message naming a bad entry. */
  get where(): string {
    return `${this.file}:${this.line}`
  }
}

/**
 * Calls `row` with the bounds [start, end) and line number of each row of a TSV text: `#` comments and
 * blank lines skipped, the header row (the first other line) dropped, a final CR left out. No string is
 * made: a large file (divisions.tsv) is read in place.
 */
export function forEachTsvLine(text: string, row: (start: number, end: number, line: number) => void): void {
  let headerSeen = false
  let line = 0
  for (let s = 0; s < text.length; ) {
    let e = text.indexOf('\n', s)
    if (e < 0) e = text.length
    line++
    const end = text.charCodeAt(e - 1) === 13 ? e - 1 : e
    const first = text.charCodeAt(s)
    // Only a line that starts with white space can be blank (printable ASCII is not).
    if (end > s && first !== 35 && ((first > 32 && first < 127) || !BLANK.test(text.slice(s, end)))) {
      if (!headerSeen) headerSeen = true
      else row(s, end, line)
    }
    s = e + 1
  }
}

const BLANK = /^\s*$/

export const tooFewCells = (file: string, line: number, minCells: number, cells: number): CppccNlpError =>
  new CppccNlpError('E_DATA', `invalid entry in ${file}:${line}: expected ${minCells} tab-separated cells, got ${cells}`)

/**
 * The rows of a TSV text (see forEachTsvLine), each with where it comes from. A row with fewer than
 * `minCells` cells is an E_DATA error naming file:line.
 */
export function parseTsv(text: string, file: string, minCells: number): TsvRow[] {
  const rows: TsvRow[] = []
  forEachTsvLine(text, (s, e, line) => {
    const cells = text.slice(s, e).split('\t')
    if (cells.length < minCells) throw tooFewCells(file, line, minCells, cells.length)
    rows.push(new TsvRow(cells, file, line))
  })
  return rows
}

/** Non-comment, non-blank lines of a list text. */
export function parseList(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
}

/** The files of data/, read once each while an analyzer's resources are built. */
export const dataFiles = {
  text: (file: string): string => readFileSync(dataPath(file), 'utf8'),
  bytes: (file: string): Buffer => readFileSync(dataPath(file)),
  tsv: (file: string, minCells: number): TsvRow[] => parseTsv(readFileSync(dataPath(file), 'utf8'), `data/${file}`, minCells),
  list: (file: string): string[] => parseList(readFileSync(dataPath(file), 'utf8')),
  json: <T>(file: string): T => {
    try {
      return JSON.parse(readFileSync(dataPath(file), 'utf8')) as T
    } catch (e) {
      throw new CppccNlpError('E_DATA', `data/${file} is not valid JSON: ${(e as Error).message}`, { cause: e })
    }
  },
}
