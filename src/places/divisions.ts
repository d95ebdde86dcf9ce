import { CppccNlpError } from '../errors.js'
import { SpanIndex } from '../lexicon/span-index.js'
import { forEachTsvLine, tooFewCells } from '../resources/data-files.js'
import type { PlaceLevel } from '../schema/result.js'
import type { Division } from './types.js'

const LEVELS: readonly PlaceLevel[] = ['province', 'prefecture', 'county', 'township']

export type DivisionTables = { bounds: Int32Array; levels: Uint8Array; parents: Int32Array }

/**
 * The rows of data/divisions.tsv, kept as the file's text and a few typed arrays: a division is a
 * number (its row), and its Division object is made the first time it is asked for, then kept, so that
 * each division has one object (they are compared by identity). 43,700 objects made at start-up, all
 * kept and traced by the collector, cost more than everything else the gazetteer does.
 */
export class Divisions {
  /** Start and end of each row's name, then of its code, in `text`. */
  private readonly bounds: Int32Array
  private readonly levels: Uint8Array
  /** The row of each row's parent, or -1. */
  private readonly parents: Int32Array
  private readonly made: Array<Division | undefined>

  private constructor(private readonly text: string, readonly size: number, bounds: Int32Array, levels: Uint8Array, parents: Int32Array) {
    this.bounds = bounds
    this.levels = levels
    this.parents = parents
    this.made = new Array<Division | undefined>(size)
  }

  /**
   * The rows of a text in the format of data/divisions.tsv (code, name, level, parent code): a row
   * without a name or a level is an E_DATA error naming file:line; a parent code that no row has
   * leaves the division without a parent; a code listed twice names its last row.
   */
  static parse(text: string, file: string): Divisions {
    let lines = 1
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++
    const bounds = new Int32Array(lines * 4)
    const levels = new Uint8Array(lines)
    const parentCodes = new Int32Array(lines * 2)
    let n = 0
    forEachTsvLine(text, (s, e, line) => {
      const t1 = tabOrEnd(text, s, e)
      const t2 = t1 < e ? tabOrEnd(text, t1 + 1, e) : e
      if (t2 === e) throw tooFewCells(file, line, 3, t1 === e ? 1 : 2)
      const t3 = tabOrEnd(text, t2 + 1, e)
      let level = LEVELS.length - 1
      while (level >= 0 && !(t3 - (t2 + 1) === LEVELS[level]!.length && text.startsWith(LEVELS[level]!, t2 + 1))) level--
      if (level < 0 || t2 === t1 + 1) throw new CppccNlpError('E_DATA', `invalid entry in ${file}:${line}: expected a name and a level (province, prefecture, county, township)`)
      bounds[n * 4] = t1 + 1
      bounds[n * 4 + 1] = t2
      bounds[n * 4 + 2] = s
      bounds[n * 4 + 3] = t1
      levels[n] = level
      // The parent's code: the fourth cell, where there is one.
      parentCodes[n * 2] = t3 < e ? t3 + 1 : e
      parentCodes[n * 2 + 1] = t3 < e ? tabOrEnd(text, t3 + 1, e) : e
      n++
    })
    const byCode = new SpanIndex(text, n)
    for (let i = 0; i < n; i++) if (bounds[i * 4 + 3]! > bounds[i * 4 + 2]!) byCode.set(bounds[i * 4 + 2]!, bounds[i * 4 + 3]!, i)
    const parents = new Int32Array(n).fill(-1)
    for (let i = 0; i < n; i++) if (parentCodes[i * 2 + 1]! > parentCodes[i * 2]!) parents[i] = byCode.get(parentCodes[i * 2]!, parentCodes[i * 2 + 1]!)
    return new Divisions(text, n, bounds.subarray(0, n * 4), levels.subarray(0, n), parents)
  }

  /** The tables of the rows, as an image saves them (see Divisions.fromTables). */
  tables(): DivisionTables {
    return { bounds: this.bounds, levels: this.levels, parents: this.parents }
  }

  /** The divisions of saved tables (Divisions.tables) over the text they were parsed from. */
  static fromTables(text: string, t: DivisionTables): Divisions {
    return new Divisions(text, t.levels.length, t.bounds, t.levels, t.parents)
  }

  name(row: number): string {
    return this.text.slice(this.bounds[row * 4], this.bounds[row * 4 + 1])
  }

  level(row: number): PlaceLevel {
    return LEVELS[this.levels[row]!]!
  }

  /** Whether a row has a code: divisions that ended (data/former-divisions.tsv) have none. */
  coded(row: number): boolean {
    return this.bounds[row * 4 + 3]! > this.bounds[row * 4 + 2]!
  }

  /** The row of the division right above, or -1. */
  parentRow(row: number): number {
    return this.parents[row]!
  }

  /** The division of a row: made on first use, the same object ever after. */
  get(row: number): Division {
    let d = this.made[row]
    if (d === undefined) {
      const code = this.text.slice(this.bounds[row * 4 + 2], this.bounds[row * 4 + 3])
      const p = this.parents[row]!
      d = { code: code || null, name: this.name(row), level: this.level(row), parent: p < 0 ? null : this.get(p) }
      this.made[row] = d
    }
    return d
  }
}

/** The next tab in text[s, e), or e. */
function tabOrEnd(text: string, s: number, e: number): number {
  const t = text.indexOf('\t', s)
  return t < 0 || t > e ? e : t
}
