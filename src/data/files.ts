import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CppccNlpError } from '../errors.js'

let dataDir: string | undefined

/** The package's `data/` folder: found by walking up from this module (src/ in tests, dist/ when built). */
export function dataPath(file: string): string {
  if (!dataDir) {
    let dir = dirname(fileURLToPath(import.meta.url))
    for (let i = 0; i < 6 && !existsSync(join(dir, 'data', 'divisions.tsv')); i++) dir = dirname(dir)
    if (!existsSync(join(dir, 'data', 'divisions.tsv'))) throw new CppccNlpError('E_DATA', `cannot find the data/ folder above ${fileURLToPath(import.meta.url)}`)
    dataDir = join(dir, 'data')
  }
  return join(dataDir, file)
}

export type TsvRow = { cells: string[]; line: number; file: string }

/**
 * Rows of a TSV file under data/: `#` comments and blank lines skipped, the header row (first
 * non-comment row) dropped. A row with fewer than `minCells` cells is an E_DATA error naming file:line.
 */
export function readTsv(file: string, minCells: number, opts: { header?: boolean } = {}): TsvRow[] {
  const lines = readFileSync(dataPath(file), 'utf8').split('\n')
  const rows: TsvRow[] = []
  let headerSeen = opts.header === false
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '')
    if (line.trim() === '' || line.startsWith('#')) return
    if (!headerSeen) { headerSeen = true; return }
    const cells = line.split('\t')
    if (cells.length < minCells) {
      throw new CppccNlpError('E_DATA', `invalid entry in data/${file} at line ${i + 1}: expected ${minCells} tab-separated cells, got ${cells.length}`)
    }
    rows.push({ cells, line: i + 1, file })
  })
  return rows
}

/** Non-comment, non-blank lines of a plain list file under data/. */
export function readList(file: string): string[] {
  return readFileSync(dataPath(file), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
}

export function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(dataPath(file), 'utf8')) as T
  } catch (e) {
    throw new CppccNlpError('E_DATA', `data/${file} is not valid JSON: ${(e as Error).message}`, { cause: e })
  }
}
