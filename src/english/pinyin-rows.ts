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
    const keyBounds: number[] = []
    forEachTsvLine(text, (s, e, line) => {
      const tab2 = text.lastIndexOf('\t', e)
      if (tab2 <= s || text.indexOf('\t', s) === tab2) throw tooFewCells('data/divisions-pinyin.tsv', line, 3, text.slice(s, e).split('\t').length)
      rows.push(s)
      keyBounds.push(tab2 + 1, e)
    })
    const keyOf = (i: number) => text.slice(keyBounds[2 * i], keyBounds[2 * i + 1]).replace(/ /g, '')
    // data/scripts/build-pinyin.ts writes the rows in this order, so a process neither sorts 43,000 of them nor makes their
    // keys as it starts (the cells are compared where they are); a file edited out of it is sorted here.
    // …filled by plain loops: Array.from over an iterator and Int32Array.from with a mapping function cost several times more here.
    let order: number[] | null = null
    if (!inOrder(text, keyBounds)) {
      order = rows.map((_, i) => i)
      const keys = order.map(keyOf)
      order.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b))
    }
    const n = rows.length
    this.rowStart = new Int32Array(n)
    this.keyStart = new Int32Array(n)
    this.keyEnd = new Int32Array(n)
    for (let k = 0; k < n; k++) {
      const i = order === null ? k : order[k]!
      this.rowStart[k] = rows[i]!
      this.keyStart[k] = keyBounds[2 * i]!
      this.keyEnd[k] = keyBounds[2 * i + 1]!
    }
    const withV = new Set<string>()
    for (let i = 0; i < rows.length; i++) if (text.slice(keyBounds[2 * i], keyBounds[2 * i + 1]).includes('v')) withV.add(keyOf(i))
    this.keysWithV = [...withV]
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

/** Whether each pinyin cell (start and end in `bounds`), read as one word, is not less than the one before it. */
function inOrder(text: string, bounds: readonly number[]): boolean {
  for (let i = 2; i < bounds.length; i += 2) if (compareAsWords(text, bounds[i - 2]!, bounds[i - 1]!, bounds[i]!, bounds[i + 1]!) > 0) return false
  return true
}

/** text[a, aEnd) against text[b, bEnd), their spaces skipped, as `<` orders strings (by UTF-16 code unit): negative, 0 or positive. */
function compareAsWords(text: string, a: number, aEnd: number, b: number, bEnd: number): number {
  for (;;) {
    while (a < aEnd && text.charCodeAt(a) === 32) a++
    while (b < bEnd && text.charCodeAt(b) === 32) b++
    if (a === aEnd || b === bEnd) return (a === aEnd ? 0 : 1) - (b === bEnd ? 0 : 1)
    const d = text.charCodeAt(a) - text.charCodeAt(b)
    if (d !== 0) return d
    a++
    b++
  }
}
