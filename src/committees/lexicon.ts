import { readTsv } from '../data/files.js'
import { Trie } from '../lexicon/trie.js'
import type { CommitteeKind } from '../schema/result.js'

export type Body = { form: string; canonical: string; kind: CommitteeKind }
export type Lexicon = { bodies: Trie<Body>; special: Trie<Body>; national: Trie<Body> }

const KINDS = new Set(['cppcc', 'cppcc-special', 'party', 'congress', 'government', 'other'])
let lexicon: Lexicon | undefined

function load(file: string, defaultKind?: CommitteeKind): Trie<Body> {
  const trie = new Trie<Body>()
  for (const { cells, line } of readTsv(file, defaultKind ? 2 : 3)) {
    const [form, canonical, kind = defaultKind] = cells as [string, string, string | undefined]
    if (!form || !canonical || !kind || !KINDS.has(kind)) throw new Error(`invalid entry in data/${file} at line ${line}: expected form, canonical and a kind (${[...KINDS].join(', ')})`)
    trie.add(form, { form, canonical, kind: kind as CommitteeKind })
  }
  return trie
}

/** data/bodies.tsv, data/special-committees.tsv and data/national-bodies.tsv; loaded once. */
export function committeeLexicon(): Lexicon {
  lexicon ??= { bodies: load('bodies.tsv'), special: load('special-committees.tsv', 'cppcc-special'), national: load('national-bodies.tsv') }
  return lexicon
}

/** The longest entry of `trie` starting at `at`. */
export function longest<V>(trie: Trie<V>, text: string, at: number, ok?: (end: number, v: V) => boolean): { end: number; value: V } | null {
  if (!ok) {
    const m = trie.longestAt(text, at)
    return m ? { end: m.end, value: m.values[0]! } : null
  }
  const ms = trie.matchesAt(text, at)
  for (let k = ms.length - 1; k >= 0; k--) {
    const [end, vs] = ms[k]!
    const v = vs.find((x) => ok(end, x))
    if (v) return { end, value: v }
  }
  return null
}
