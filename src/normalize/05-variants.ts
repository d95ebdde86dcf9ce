import { dataFiles } from '../resources/data-files.js'
import { UnitSet } from '../text/chars.js'
import { Editor } from './offset-map.js'
import type { NormalizeStep, VariantTable } from './types.js'

/**
 * data/radicals.tsv and data/look-alikes.tsv, then data/variants.tsv less data/variants-keep.txt, plus Kangxi radicals. `single`
 * flags the UTF-16 units that are variants by themselves, `high` the high surrogates that begin a
 * variant outside the BMP, so the text is scanned by code unit without a regular expression.
 */
export function loadVariants(): VariantTable {
  const keep = new Set(dataFiles.list('variants-keep.txt'))
  const map = new Map<string, string>()
  for (const { cells } of dataFiles.tsv('variants.tsv', 2)) if (!keep.has(cells[0]!)) map.set(cells[0]!, cells[1]!)
  for (const file of ['radicals.tsv', 'look-alikes.tsv']) for (const { cells } of dataFiles.tsv(file, 2)) map.set(cells[0]!, map.get(cells[1]!) ?? cells[1]!)
  // Kangxi radicals (U+2F00–U+2FD5) decompose by NFKC to the ideograph.
  for (let c = 0x2f00; c <= 0x2fd5; c++) {
    const k = String.fromCodePoint(c)
    const to = k.normalize('NFKC')
    map.set(k, map.get(to) ?? to)
  }
  const single = new UnitSet()
  const high = new UnitSet()
  for (const k of map.keys()) (k.length === 1 ? single : high).add(k.charCodeAt(0))
  return { map, single, high }
}

/** Rewrites traditional characters, radical look-alikes (⻓ ⻄ ⼈) and characters printed for another (陜) to simplified ideographs. */
export const foldVariants: NormalizeStep = (m, res) => {
  const { map, single, high } = res.variants
  const t = m.text
  let ed: Editor | undefined
  let last = 0
  let count = 0
  let first = -1
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    const len = single.has(c) ? 1 : high.has(c) && map.has(t.slice(i, i + 2)) ? 2 : 0
    if (len === 0) continue
    ed ??= new Editor(m)
    ed.keep(last, i)
    ed.replace(i, i + len, map.get(t.slice(i, i + len))!)
    if (first < 0) first = i
    last = i + len
    count++
    i += len - 1
  }
  if (!ed) return { out: m, warnings: [] }
  ed.keep(last, t.length)
  const len = t.codePointAt(first)! > 0xffff ? 2 : 1
  return { out: ed.done(), warnings: [{ code: 'W_VARIANTS_FOLDED', message: `rewrote ${count} traditional or radical look-alike character(s) to simplified`, start: m.starts[first]!, end: m.ends[first + len - 1]! }] }
}
