import { CppccNlpError } from '../errors.js'
import { Trie } from '../lexicon/trie.js'
import type { Division } from '../places/types.js'
import type { TsvRow } from '../resources/data-files.js'
import { PlaceLevelSchema, type PlaceLevel } from '../schema/result.js'

/** The region a relative word at a position of the text means (regions/home.ts: relativeResolver). */
export type RelativeResolver = (pos: number, rel: RelativeLevel) => Division | null

/** A word that stands for the region an article is about (市 of 市政协): the levels it means and the end of their names. */
export type RelativeLevel = { word: string; levels: readonly PlaceLevel[]; suffix: string }

/** data/relative-regions.tsv in a matcher. */
export function relativeWords(rows: readonly TsvRow[]): Trie<RelativeLevel> {
  const t = new Trie<RelativeLevel>()
  for (const r of rows) {
    const [word = '', levels = '', suffix = ''] = r.cells
    const ls = levels.split(' ').map((l) => PlaceLevelSchema.safeParse(l))
    if (!word || ls.some((l) => !l.success)) throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: expected a word, its levels (${PlaceLevelSchema.options.join(', ')}) and a name ending`)
    t.add(word, { word, levels: ls.map((l) => l.data!), suffix })
  }
  return t
}

/** Does division `d` answer to the relative word `rel` (市 → 长春市 or the county-level city 天长市)? */
export function fits(d: Division, rel: RelativeLevel): boolean {
  return rel.levels.includes(d.level) && d.name.endsWith(rel.suffix)
}

