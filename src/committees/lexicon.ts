import { CppccNlpError } from '../errors.js'
import { Trie } from '../lexicon/trie.js'
import { dataFiles } from '../resources/data-files.js'
import type { Extension } from '../resources/extension.js'
import { CommitteeKindSchema, type CommitteeKind } from '../schema/result.js'

export type Body = { form: string; canonical: string; kind: CommitteeKind }
export type BodyLexicon = {
  /** Bodies written after a region (政协, 委, 发改委, 人民政府). */
  organs: Trie<Body>
  /** Special committees written after 政协 (社法委). */
  special: Trie<Body>
  /** Bodies written without a region (全国政协, 中共中央) and the user's named bodies. */
  national: Trie<Body>
  /** End of the longest organ at `at` that can end there (委 is no body in 委员), or -1. */
  organEndAt(text: string, at: number): number
}

function load(file: string, defaultKind?: CommitteeKind): Trie<Body> {
  const trie = new Trie<Body>()
  for (const { cells, where } of dataFiles.tsv(file, defaultKind ? 2 : 3)) {
    const [form, canonical, kind = defaultKind] = cells as [string, string, string | undefined]
    const k = CommitteeKindSchema.safeParse(kind)
    if (!form || !canonical || !k.success) throw new CppccNlpError('E_DATA', `invalid entry in ${where}: expected form, canonical and a kind (${CommitteeKindSchema.options.join(', ')})`)
    trie.add(form, { form, canonical, kind: k.data })
  }
  return trie
}

/** 委 is a party committee (市委) unless it begins 委员 (市政协委员 is handled by 政协 first). */
export const organEnds = (text: string) => (end: number, b: Body) => !(b.form === '委' && text[end] === '员' && text.slice(end, end + 3) !== '员会')

/** data/bodies.tsv, data/special-committees.tsv, data/national-bodies.tsv and the user's bodies. */
export function loadBodyLexicon(ext: Extension): BodyLexicon {
  const organs = load('bodies.tsv')
  const national = load('national-bodies.tsv')
  for (const b of ext.bodies) {
    const body = { form: b.name, canonical: b.name, kind: b.kind }
    organs.add(b.name, body)
    national.add(b.name, body)
  }
  return {
    organs,
    special: load('special-committees.tsv', 'cppcc-special'),
    national,
    organEndAt: (text, at) => longest(organs, text, at, organEnds(text))?.end ?? -1,
  }
}

/** The longest entry of `trie` starting at `at` (that `ok` accepts). */
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
