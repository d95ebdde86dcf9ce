import { readTsv } from '../data/files.js'
import { Trie } from '../lexicon/trie.js'

let units: Trie<string> | undefined

/** data/units.tsv in a trie: measure word → unit; loaded once. */
export function unitTrie(): Trie<string> {
  if (!units) {
    units = new Trie<string>()
    for (const { cells } of readTsv('units.tsv', 2)) units.add(cells[0]!, cells[1]!)
  }
  return units
}
