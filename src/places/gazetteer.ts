import { CppccNlpError } from '../errors.js'
import { Trie } from '../lexicon/trie.js'
import { dataFiles } from '../resources/data-files.js'
import type { Extension } from '../resources/extension.js'
import type { PlaceLevel } from '../schema/result.js'
import { shortForms, type ShortForms } from './aliases.js'
import type { Division, Form } from './types.js'

export type Gazetteer = {
  /** Every written form: official names, short forms by rule, aliases (several divisions for 朝阳区, 城关镇 …). */
  readonly forms: Trie<Form>
  /** The divisions of an official name. */
  byName(name: string): readonly Division[]
  /** How short forms are made (data/division-suffixes.tsv). */
  readonly shortForms: ShortForms
  /** The province of each one-character abbreviation (京 → 北京市), by code unit; `alone` where it may stand alone. */
  readonly abbreviations: ReadonlyMap<number, { division: Division; alone: boolean }>
}

const LEVELS = new Set(['province', 'prefecture', 'county', 'township'])

/**
 * data/divisions.tsv with their short forms (derived by rule: aliases.ts), data/place-aliases.tsv and the
 * user's placeAliases, and data/province-abbreviations.tsv.
 */
export function loadGazetteer(ext: Extension): Gazetteer {
  const byCode = new Map<string, Division>()
  const divisions: Division[] = []
  const pending: Array<[Division, string]> = []
  dataFiles.eachRow('divisions.tsv', 3, (cells, where) => {
    const [code, name, level, parentCode] = cells as [string, string, string, string | undefined]
    if (!LEVELS.has(level) || !name) throw new CppccNlpError('E_DATA', `invalid entry in ${where()}: expected a name and a level (province, prefecture, county, township)`)
    const d: Division = { code: code || null, name, level: level as PlaceLevel, parent: null }
    divisions.push(d)
    if (code) byCode.set(code, d)
    if (parentCode) pending.push([d, parentCode])
  })
  for (const [d, p] of pending) d.parent = byCode.get(p) ?? null
  const names = new Map<string, Division[]>()
  for (const d of divisions) {
    const same = names.get(d.name)
    if (same) same.push(d)
    else names.set(d.name, [d])
  }
  const byName = (name: string) => names.get(name) ?? []

  const sf = shortForms(dataFiles.tsv('division-suffixes.tsv', 3))
  const forms = new Trie<Form>()
  for (const d of divisions) {
    // Township-level rows without a township suffix (苗圃, 农场 …) are written as ordinary words.
    if (d.level === 'township' && !sf.isTownship(d.name)) continue
    forms.add(d.name, { division: d, form: d.name, short: false, rule: 'gazetteer' })
    for (const a of sf.aliasesOf(d.name, d.level)) forms.add(a.form, { division: d, form: a.form, short: true, rule: a.rule })
  }
  const aliases = [
    ...dataFiles.tsv('place-aliases.tsv', 2).map((r) => ({ alias: r.cells[0]!, name: r.cells[1]!, where: r.where })),
    ...ext.placeAliases,
  ]
  for (const a of aliases) {
    const d = divisionNamed(byName, a.name, a.where)
    // A listed alias is taken as surely as an official name: someone wrote it down for this.
    forms.add(a.alias, { division: d, form: a.alias, short: false, rule: 'alias:listed' })
  }
  const abbreviations = new Map<number, { division: Division; alone: boolean }>()
  for (const { cells, where } of dataFiles.tsv('province-abbreviations.tsv', 2)) {
    const d = byName(cells[1]!).find((x) => x.level === 'province')
    if (!d || cells[0]!.length !== 1) throw new CppccNlpError('E_DATA', `invalid entry in ${where}: expected one character and the name of a province, got ${cells[0]} ${cells[1]}`)
    abbreviations.set(cells[0]!.charCodeAt(0), { division: d, alone: cells[2] !== '0' })
  }
  return { forms, byName, shortForms: sf, abbreviations }
}

/** The one division of an official name, or of a chain of names from a province down (北京市朝阳区). */
function divisionNamed(byName: (n: string) => readonly Division[], name: string, where: string): Division {
  let found = byName(name)
  if (found.length === 0) {
    // A chain: the longest official name that ends the string, whose ancestors spell the rest.
    for (let k = 1; k < name.length - 1 && found.length === 0; k++) {
      found = byName(name.slice(k)).filter((d) => ancestors(d).map((a) => a.name).reverse().join('').endsWith(name.slice(0, k)))
    }
  }
  if (found.length === 1) return found[0]!
  if (found.length === 0) throw new CppccNlpError('E_INVALID_OPTIONS', `${where}: ${name} is not the official name of a division (e.g. 上海市, 延边朝鲜族自治州, or a chain such as 北京市朝阳区)`)
  throw new CppccNlpError('E_INVALID_OPTIONS', `${where}: ${name} names ${found.length} divisions; write it with its parent, e.g. ${found[0]!.parent?.name ?? ''}${name}`)
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
