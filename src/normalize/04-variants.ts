import { readList, readTsv } from '../data/files.js'
import { rewrite } from './offset-map.js'
import type { NormalizeStep } from './types.js'

let table: { map: Map<string, string>; re: RegExp } | undefined

const escape = (c: string) => c.replace(/[\\\]^-]/g, '\\$&')

/** data/radicals.tsv, then data/variants.tsv less data/variants-keep.txt, plus Kangxi radicals; loaded once. */
function variants(): { map: Map<string, string>; re: RegExp } {
  if (table) return table
  const keep = new Set(readList('variants-keep.txt'))
  const map = new Map<string, string>()
  for (const { cells } of readTsv('variants.tsv', 2)) if (!keep.has(cells[0]!)) map.set(cells[0]!, cells[1]!)
  for (const { cells } of readTsv('radicals.tsv', 2)) map.set(cells[0]!, map.get(cells[1]!) ?? cells[1]!)
  // Kangxi radicals (U+2F00–U+2FD5) decompose by NFKC to the ideograph.
  for (let c = 0x2f00; c <= 0x2fd5; c++) {
    const k = String.fromCodePoint(c)
    const to = k.normalize('NFKC')
    map.set(k, map.get(to) ?? to)
  }
  table = { map, re: new RegExp(`[${[...map.keys()].map(escape).join('')}]`, 'gu') }
  return table
}

/** Rewrites traditional characters and radical look-alikes (⻓ ⻄ ⼈) to simplified ideographs. */
export const foldVariants: NormalizeStep = (m) => {
  const { map, re } = variants()
  const { out, changed } = rewrite(m, re, (x) => map.get(x[0]) ?? null)
  if (changed.length === 0) return { out, warnings: [] }
  const [s, e] = changed[0]!
  return { out, warnings: [{ code: 'W_VARIANTS_FOLDED', message: `rewrote ${changed.length} traditional or radical look-alike character(s) to simplified`, start: m.starts[s]!, end: m.ends[e - 1]! }] }
}
