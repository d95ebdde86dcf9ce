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
 * Calls `row` with the cells and line number of each row of a TSV text: `#` comments and blank lines
 * skipped, the header row (the first other line) dropped. A row with fewer than `minCells` cells is an
 * E_DATA error naming file:line. Nothing is kept: a large file (divisions.tsv) is read without holding
 * an object per row.
 */
export function forEachTsvRow(text: string, file: string, minCells: number, row: (cells: string[], line: number) => void): void {
  let headerSeen = false
  let line = 0
  for (let s = 0; s < text.length; ) {
    let e = text.indexOf('\n', s)
    if (e < 0) e = text.length
    line++
    const end = text.charCodeAt(e - 1) === 13 ? e - 1 : e
    const first = text.charCodeAt(s)
    if (end > s && first !== 35 && !BLANK.test(text.slice(s, end))) {
      if (!headerSeen) headerSeen = true
      else {
        const cells = text.slice(s, end).split('\t')
        if (cells.length < minCells) throw new CppccNlpError('E_DATA', `invalid entry in ${file}:${line}: expected ${minCells} tab-separated cells, got ${cells.length}`)
        row(cells, line)
      }
    }
    s = e + 1
  }
}

const BLANK = /^\s*$/

/** The rows of a TSV text (see forEachTsvRow), each with where it comes from. */
export function parseTsv(text: string, file: string, minCells: number): TsvRow[] {
  const rows: TsvRow[] = []
  forEachTsvRow(text, file, minCells, (cells, line) => rows.push(new TsvRow(cells, file, line)))
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
  eachRow: (file: string, minCells: number, row: (cells: string[], where: () => string) => void): void =>
    forEachTsvRow(readFileSync(dataPath(file), 'utf8'), `data/${file}`, minCells, (cells, line) => row(cells, () => `data/${file}:${line}`)),
  list: (file: string): string[] => parseList(readFileSync(dataPath(file), 'utf8')),
  json: <T>(file: string): T => {
    try {
      return JSON.parse(readFileSync(dataPath(file), 'utf8')) as T
    } catch (e) {
      throw new CppccNlpError('E_DATA', `data/${file} is not valid JSON: ${(e as Error).message}`, { cause: e })
    }
  },
}
