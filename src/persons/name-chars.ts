import { forEachTsvLine, tooFewCells } from '../resources/data-files.js'

/** Per UTF-16 unit, log ratios of a character's uses (see PersonLexicon): in given names, in transliterated names, ending proper nouns. */
export type NameCharScores = { given: Float32Array; foreign: Float32Array; properEnd: Float32Array }

/** The counts of a row of data/name-chars.tsv, after its character. */
type Counts = { inGiven: number; inOther: number; inForeign: number; lastGiven: number; lastProper: number }

const NONE: Counts = { inGiven: 0, inOther: 0, inForeign: 0, lastGiven: 0, lastProper: 0 }

/**
 * The scores of data/name-chars.tsv (char, in given names, in other words, in transliterated names,
 * last in given names, last in proper nouns), in two passes over the text: the totals, then each
 * character's score, so that no row is kept. A character listed twice is scored by its last row,
 * against totals that count every row; characters of two units are counted but not scored.
 */
export function nameCharScores(text: string, file: string): NameCharScores {
  const rows = (row: (c: string, n: Counts) => void) => forEachTsvLine(text, (s, e, line) => {
    const cells = text.slice(s, e).split('\t')
    if (cells.length < 3) throw tooFewCells(file, line, 3, cells.length)
    row(cells[0]!, { inGiven: Number(cells[1]), inOther: Number(cells[2]), inForeign: Number(cells[3] ?? 0), lastGiven: Number(cells[4] ?? 0), lastProper: Number(cells[5] ?? 0) })
  })
  const total = { ...NONE }
  // What the unit 0, which no name holds, scores: the fill of each table.
  let fill: Counts | undefined
  let listed = false
  rows((c, n) => {
    total.inGiven += n.inGiven; total.inOther += n.inOther; total.inForeign += n.inForeign; total.lastGiven += n.lastGiven; total.lastProper += n.lastProper
    if (c === '\u0000') { fill = n; listed = true }
  })
  const ratio = (count: number, of: number, n: Counts) => Math.max(-4, Math.min(4, Math.log((count + 0.5) / of) - Math.log((n.inOther + 0.5) / total.inOther)))
  const proper = (n: Counts, isListed: boolean) => (isListed ? Math.log((n.lastProper + 0.5) / total.lastProper) - Math.log((n.lastGiven + 0.5) / total.lastGiven) : 0)
  const zero = fill ?? NONE
  const given = new Float32Array(65536).fill(ratio(zero.inGiven, total.inGiven, zero))
  const foreign = new Float32Array(65536).fill(ratio(zero.inForeign, total.inForeign, zero))
  const properEnd = new Float32Array(65536).fill(proper(zero, listed))
  rows((c, n) => {
    if (c.length !== 1) return
    const u = c.charCodeAt(0)
    given[u] = ratio(n.inGiven, total.inGiven, n)
    foreign[u] = ratio(n.inForeign, total.inForeign, n)
    properEnd[u] = proper(n, true)
  })
  return { given, foreign, properEnd }
}

