import { forEachTsvLine, tooFewCells } from '../resources/data-files.js'

/** Per UTF-16 unit, log ratios of a character's uses (see PersonLexicon): in given names, in transliterated names, ending proper nouns. */
export type NameCharScores = { given: Float32Array; foreign: Float32Array; properEnd: Float32Array }

// The counts of a row of data/name-chars.tsv after its character, in the file's order.
const IN_GIVEN = 0
const IN_OTHER = 1
const IN_FOREIGN = 2
const LAST_GIVEN = 3
const LAST_PROPER = 4
const COUNTS = 5

/**
 * The scores of data/name-chars.tsv (char, in given names, in other words, in transliterated names,
 * last in given names, last in proper nouns). The counts are read into one typed array, no row kept as
 * an object. A character listed twice is scored by its last row, against totals that count every row;
 * characters of two units are counted but not scored.
 */
export function nameCharScores(text: string, file: string): NameCharScores {
  let lines = 1
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++
  const counts = new Float64Array(lines * COUNTS)
  /** Per row, its character's unit, or -1 for a character of two units. */
  const units = new Int32Array(lines)
  const total = new Float64Array(COUNTS)
  let rows = 0
  // The row of the unit 0, which no name holds: what fills each table.
  let zero = -1
  forEachTsvLine(text, (s, e, line) => {
    const cells = text.slice(s, e).split('\t')
    if (cells.length < 3) throw tooFewCells(file, line, 3, cells.length)
    for (let k = 0; k < COUNTS; k++) {
      const n = Number(cells[k + 1] ?? 0)
      counts[rows * COUNTS + k] = n
      total[k]! += n
    }
    const c = cells[0]!
    units[rows] = c.length === 1 ? c.charCodeAt(0) : -1
    if (c === '\u0000') zero = rows
    rows++
  })
  const count = (row: number, k: number) => (row < 0 ? 0 : counts[row * COUNTS + k]!)
  const ratio = (row: number, k: number) => Math.max(-4, Math.min(4, Math.log((count(row, k) + 0.5) / total[k]!) - Math.log((count(row, IN_OTHER) + 0.5) / total[IN_OTHER]!)))
  const proper = (row: number) => (row < 0 ? 0 : Math.log((count(row, LAST_PROPER) + 0.5) / total[LAST_PROPER]!) - Math.log((count(row, LAST_GIVEN) + 0.5) / total[LAST_GIVEN]!))
  const given = new Float32Array(65536).fill(ratio(zero, IN_GIVEN))
  const foreign = new Float32Array(65536).fill(ratio(zero, IN_FOREIGN))
  const properEnd = new Float32Array(65536).fill(proper(zero))
  for (let row = 0; row < rows; row++) {
    const u = units[row]!
    if (u < 0) continue
    given[u] = ratio(row, IN_GIVEN)
    foreign[u] = ratio(row, IN_FOREIGN)
    properEnd[u] = proper(row)
  }
  return { given, foreign, properEnd }
}
