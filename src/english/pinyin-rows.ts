import { forEachTsvLine, tooFewCells } from '../resources/data-files.js'

/**
 * The rows of data/divisions-pinyin.tsv (code, name, pinyin) by their pinyin written as one word, as offsets into the
 * file's text sorted by that word, as the file is: three typed arrays, where a map of its 25,000 words to arrays of rows
 * held 4 MB more heap for every process that reads an English page.
 */
export class PinyinRows {
  /** The start of each row, and the start and end of its pinyin cell, in the order of their pinyin (file order among equals). */
  private readonly rowStart: Int32Array
  private readonly keyStart: Int32Array
  private readonly keyEnd: Int32Array
  /** The keys holding a v (ü), each once, in the order of their first row in the file. */
  readonly keysWithV: readonly string[]

  constructor(readonly text: string) {
    const rows: number[] = []
    const keys: string[] = []
    const keyBounds: number[] = []
    forEachTsvLine(text, (s, e, line) => {
      const tab2 = text.lastIndexOf('\t', e)
      if (tab2 <= s || text.indexOf('\t', s) === tab2) throw tooFewCells('data/divisions-pinyin.tsv', line, 3, text.slice(s, e).split('\t').length)
      rows.push(s)
      keyBounds.push(tab2 + 1, e)
      keys.push(text.slice(tab2 + 1, e).replace(/ /g, ''))
    })
    // data/scripts/build-pinyin.ts writes the rows in this order, so a process does not sort 43,000 of them as it starts;
    // a file edited out of it is sorted here.
    const order = Array.from(rows.keys())
    if (!inOrder(keys)) order.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b))
    this.rowStart = Int32Array.from(order, (i) => rows[i]!)
    this.keyStart = Int32Array.from(order, (i) => keyBounds[2 * i]!)
    this.keyEnd = Int32Array.from(order, (i) => keyBounds[2 * i + 1]!)
    this.keysWithV = [...new Set(keys.filter((k) => k.includes('v')))]
  }

  /** The pinyin of the i-th row in key order, as one word. */
  private keyAt(i: number): string {
    return this.text.slice(this.keyStart[i], this.keyEnd[i]).replace(/ /g, '')
  }

  /** The starts of the rows whose pinyin is `key` as one word, in file order, or undefined where none is. */
  starts(key: string): number[] | undefined {
    // The first row whose key is not less than `key`.
    let lo = 0
    let hi = this.rowStart.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.keyAt(mid) < key) lo = mid + 1
      else hi = mid
    }
    const out: number[] = []
    for (let i = lo; i < this.rowStart.length && this.keyAt(i) === key; i++) out.push(this.rowStart[i]!)
    return out.length ? out : undefined
  }
}

/** Whether each key is not less than the one before it. */
function inOrder(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return false
  return true
}
