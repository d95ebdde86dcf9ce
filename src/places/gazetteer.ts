import { readTsv } from '../data/files.js'
import { CppccNlpError } from '../errors.js'
import { PrefixIndex } from '../lexicon/prefix-index.js'
import type { PlaceLevel } from '../schema/result.js'
import { aliasesOf } from './aliases.js'

export type Division = { code: string | null; name: string; level: PlaceLevel; parent: Division | null }
/** A written form of a division: its official name, or a short form derived by rule. */
export type Form = { division: Division; form: string; short: boolean; rule: string }

export type Gazetteer = {
  /** Every written form (official names and short forms; several divisions for 朝阳区, 城关镇 …). */
  readonly trie: PrefixIndex<Form>
  /** The province-level division of that official name. */
  province(name: string): Division | undefined
}

let gazetteer: Gazetteer | undefined

// One string per rule name, shared by tens of thousands of forms.
const ALIAS_RULES: Record<string, string> = { sar: 'alias:sar', 'autonomous-stem': 'alias:autonomous-stem', 'autonomous-short': 'alias:autonomous-short', suffix: 'alias:suffix' }
const TOWNSHIP = /(?:镇|乡|街道|苏木)$/
const LEVELS = new Set(['province', 'prefecture', 'county', 'township'])

/** data/divisions.tsv with derived short forms, in a trie; loaded once per process. */
export function loadGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer
  const byCode = new Map<string, Division>()
  const divisions: Division[] = []
  const pending: Array<[Division, string]> = []
  for (const { cells, line, file } of readTsv('divisions.tsv', 3)) {
    const [code, name, level, parentCode] = cells as [string, string, string, string | undefined]
    if (!LEVELS.has(level) || !name) throw new CppccNlpError('E_DATA', `invalid entry in data/${file} at line ${line}: expected a name and a level (province, prefecture, county, township)`)
    const d: Division = { code: code || null, name, level: level as PlaceLevel, parent: null }
    divisions.push(d)
    if (code) byCode.set(code, d)
    if (parentCode) pending.push([d, parentCode])
  }
  for (const [d, p] of pending) d.parent = byCode.get(p) ?? null
  const trie = new PrefixIndex<Form>()
  for (const d of divisions) {
    // Township-level rows without a township suffix (苗圃, 农场 …) are written as ordinary words.
    if (d.level === 'township' && !TOWNSHIP.test(d.name)) continue
    trie.add(d.name, { division: d, form: d.name, short: false, rule: 'gazetteer' })
    for (const a of aliasesOf(d.name, d.level)) trie.add(a.form, { division: d, form: a.form, short: true, rule: ALIAS_RULES[a.rule] ?? `alias:${a.rule}` })
  }
  const provinces = new Map(divisions.filter((d) => d.level === 'province').map((d) => [d.name, d]))
  gazetteer = { trie, province: (name) => provinces.get(name) }
  return gazetteer
}

export function ancestors(d: Division): Division[] {
  const out: Division[] = []
  for (let p = d.parent; p; p = p.parent) out.push(p)
  return out
}

export function isAncestor(a: Division, d: Division): boolean {
  for (let p = d.parent; p; p = p.parent) if (p === a) return true
  return false
}
