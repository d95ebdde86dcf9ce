import { readList, readTsv } from '../data/files.js'
import { Trie } from '../lexicon/trie.js'

export type Role = { role: string; cppcc: boolean; kind: string; as: string }
export type PersonLexicon = {
  /** surname → log prior (0 for the most common, negative for rare ones). */
  surnames: Map<string, number>
  /** log ratio of a character's use in given names over its use in other words. */
  givenScore(c: string): number
  roles: Map<string, Role>
  /** Role words, longest first, for matching at a position. */
  roleForms: string[]
  speechVerbs: string[]
  /** The role word starting at `at`, longest first. */
  roleAt(text: string, at: number): string | undefined
  /** The role word ending at `at`, longest first. */
  roleEndingAt(text: string, at: number): string | undefined
  verbAt(text: string, at: number): string | undefined
}

let lexicon: PersonLexicon | undefined

/** data/surnames.txt, surname-stats.tsv, name-chars.tsv, roles.tsv and speech-verbs.txt; loaded once. */
export function personLexicon(): PersonLexicon {
  if (lexicon) return lexicon
  const stats = new Map(readTsv('surname-stats.tsv', 2).map(({ cells }) => [cells[0]!, Number(cells[1])]))
  const max = Math.max(...stats.values())
  const surnames = new Map<string, number>()
  for (const s of readList('surnames.txt').flatMap((l) => l.split(/\s+/))) {
    surnames.set(s, Math.max(-3, 0.5 * Math.log(((stats.get(s) ?? 0) + 1) / max)))
  }
  const inName = new Map<string, number>()
  const general = new Map<string, number>()
  let nIn = 0
  let nGen = 0
  for (const { cells } of readTsv('name-chars.tsv', 3)) {
    const a = Number(cells[1])
    const b = Number(cells[2])
    inName.set(cells[0]!, a); general.set(cells[0]!, b); nIn += a; nGen += b
  }
  const cache = new Map<string, number>()
  const givenScore = (c: string) => {
    let v = cache.get(c)
    if (v === undefined) {
      v = Math.log(((inName.get(c) ?? 0) + 0.5) / nIn) - Math.log(((general.get(c) ?? 0) + 0.5) / nGen)
      v = Math.max(-4, Math.min(4, v))
      cache.set(c, v)
    }
    return v
  }
  const roles = new Map<string, Role>()
  for (const { cells } of readTsv('roles.tsv', 3)) roles.set(cells[0]!, { role: cells[0]!, cppcc: cells[1] === '1', kind: cells[2]!, as: cells[3] || cells[0]! })
  const roleForms = [...roles.keys()].sort((a, b) => b.length - a.length)
  const speechVerbs = readList('speech-verbs.txt').sort((a, b) => b.length - a.length)
  const roleTrie = new Trie<string>()
  for (const r of roleForms) roleTrie.add(r, r)
  const verbTrie = new Trie<string>()
  for (const v of speechVerbs) verbTrie.add(v, v)
  const maxRole = roleForms[0]?.length ?? 0
  lexicon = {
    surnames, givenScore, roles, roleForms, speechVerbs,
    roleAt: (text, at) => roleTrie.matchesAt(text, at).at(-1)?.[1][0],
    verbAt: (text, at) => verbTrie.matchesAt(text, at).at(-1)?.[1][0],
    roleEndingAt: (text, at) => {
      for (let k = Math.min(maxRole, at); k >= 1; k--) {
        const w = text.slice(at - k, at)
        if (roles.has(w)) return w
      }
      return undefined
    },
  }
  return lexicon
}
