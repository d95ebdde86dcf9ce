import { readList, readTsv } from '../data/files.js'
import { Editor, type Mapped } from './offset-map.js'
import type { NormalizeStep } from './types.js'

let table: Map<string, string> | undefined

/** data/radicals.tsv, then data/variants.tsv less data/variants-keep.txt; loaded once. */
function variants(): Map<string, string> {
  if (table) return table
  const keep = new Set(readList('variants-keep.txt'))
  table = new Map()
  for (const { cells } of readTsv('variants.tsv', 2)) if (!keep.has(cells[0]!)) table.set(cells[0]!, cells[1]!)
  for (const { cells } of readTsv('radicals.tsv', 2)) {
    const to = cells[1]!
    table.set(cells[0]!, table.get(to) ?? to)
  }
  return table
}

const KANGXI = /[\u2f00-\u2fd5]/

/** Rewrites traditional characters and radical look-alikes (⻓ ⻄ ⼈) to simplified ideographs. */
export const foldVariants: NormalizeStep = (m: Mapped) => {
  const map = variants()
  const ed = new Editor(m)
  let count = 0
  let first = -1
  for (let i = 0; i < m.text.length; i++) {
    const ch = m.text[i]!
    const to = KANGXI.test(ch) ? (map.get(ch.normalize('NFKC')) ?? ch.normalize('NFKC')) : map.get(ch)
    if (to !== undefined && to !== ch) {
      ed.replace(i, i + 1, to)
      count++
      if (first < 0) first = i
    } else ed.keep(i)
  }
  if (count === 0) return { out: m, warnings: [] }
  return {
    out: ed.done(),
    warnings: [{ code: 'W_VARIANTS_FOLDED', message: `rewrote ${count} traditional or radical look-alike character(s) to simplified`, start: m.starts[first]!, end: m.ends[first]! }],
  }
}
