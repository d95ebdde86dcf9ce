import { readList, readTsv } from '../data/files.js'
import { Trie } from '../lexicon/trie.js'

export type Role = { role: string; cppcc: boolean; kind: string; as: string }
export type PersonLexicon = {
  /** surname → log prior (0 for the most common, negative for rare ones). */
  surnames: Map<string, number>
  /** 1 at the UTF-16 unit of every surname's first character. */
  surnameStart: Uint8Array
  /** log ratio of a character's use in given names over its use in other words. */
  givenScore(c: string): number
  /** log ratio of a character's use in transliterated names (克林顿) over its use in other words. */
  foreignScore(c: string): number
  /** Chinese names of countries (data/countries.txt): transliterated, but places. */
  countries: Set<string>
  roles: Map<string, Role>
  /** The role word starting at `at`, longest first. */
  roleAt(text: string, at: number): string | undefined
  /** The role word ending at `at`, longest first. */
  roleEndingAt(text: string, at: number): string | undefined
  verbAt(text: string, at: number): string | undefined
}

let lexicon: PersonLexicon | undefined

/** data/surnames.txt, surname-stats.tsv, name-chars.tsv, countries.txt, roles.tsv and speech-verbs.txt; loaded once. */
export function personLexicon(): PersonLexicon {
  if (lexicon) return lexicon
  const stats = new Map(readTsv('surname-stats.tsv', 2).map(({ cells }) => [cells[0]!, Number(cells[1])]))
  const max = Math.max(...stats.values())
  const surnames = new Map<string, number>()
  for (const s of readList('surnames.txt').flatMap((l) => l.split(/\s+/))) {
    surnames.set(s, Math.max(-3, 0.5 * Math.log(((stats.get(s) ?? 0) + 1) / max)))
  }
  const surnameStart = new Uint8Array(65536)
  for (const s of surnames.keys()) surnameStart[s.charCodeAt(0)] = 1
  const inName = new Map<string, number>()
  const general = new Map<string, number>()
  const inForeign = new Map<string, number>()
  let nIn = 0
  let nGen = 0
  let nFor = 0
  for (const { cells } of readTsv('name-chars.tsv', 3)) {
    const [c, a, b, f] = [cells[0]!, Number(cells[1]), Number(cells[2]), Number(cells[3] ?? 0)]
    inName.set(c, a); general.set(c, b); inForeign.set(c, f); nIn += a; nGen += b; nFor += f
  }
  const ratio = (counts: Map<string, number>, total: number) => {
    const cache = new Map<string, number>()
    return (c: string) => {
      let v = cache.get(c)
      if (v === undefined) {
        v = Math.log(((counts.get(c) ?? 0) + 0.5) / total) - Math.log(((general.get(c) ?? 0) + 0.5) / nGen)
        v = Math.max(-4, Math.min(4, v))
        cache.set(c, v)
      }
      return v
    }
  }
  const givenScore = ratio(inName, nIn)
  const foreignScore = ratio(inForeign, nFor)
  const countries = new Set(readList('countries.txt'))
  const roles = new Map<string, Role>()
  for (const { cells } of readTsv('roles.tsv', 3)) roles.set(cells[0]!, { role: cells[0]!, cppcc: cells[1] === '1', kind: cells[2]!, as: cells[3] || cells[0]! })
  const roleForms = [...roles.keys()]
  const speechVerbs = readList('speech-verbs.txt')
  const roleTrie = new Trie<string>()
  const roleBack = new Trie<string>()
  for (const r of roleForms) { roleTrie.add(r, r); roleBack.add([...r].reverse().join(''), r) }
  const verbTrie = new Trie<string>()
  for (const v of speechVerbs) verbTrie.add(v, v)
  lexicon = {
    surnames, surnameStart, givenScore, foreignScore, countries, roles,
    roleAt: (text, at) => roleTrie.longestAt(text, at)?.values[0],
    verbAt: (text, at) => verbTrie.longestAt(text, at)?.values[0],
    roleEndingAt: (text, at) => roleBack.longestEndingAt(text, at)?.values[0],
  }
  return lexicon
}
