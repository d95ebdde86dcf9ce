import { CppccNlpError } from '../errors.js'
import { Trie } from '../lexicon/trie.js'
import { dataFiles } from '../resources/data-files.js'
import { UnitSet } from '../text/chars.js'
import type { Extension } from '../resources/extension.js'
import type { ShortForms } from './aliases.js'
import type { Divisions } from './divisions.js'
import type { PlaceForms } from './forms.js'
import { loadOfficial, officialSources } from './official.js'
import type { Division, PlaceMention } from './types.js'

export type Gazetteer = {
  /** Every written form: official names, short forms by rule, aliases (several divisions for 朝阳区, 城关镇 …). */
  readonly forms: PlaceForms
  /** The divisions of an official name. */
  byName(name: string): readonly Division[]
  /** How short forms are made (data/division-suffixes.tsv). */
  readonly shortForms: ShortForms
  /** The province of each one-character abbreviation (京 → 北京市), by code unit; `alone` where it may stand alone. */
  readonly abbreviations: ReadonlyMap<number, { division: Division; alone: boolean }>
  /** Lists of cities written one character each (长株潭 → 长沙市, 株洲市, 湘潭市): data/city-lists.tsv. */
  readonly cityLists: Trie<Division[]>
  /** The city lists that name their cities only before a province's abbreviation or a word of lists (city-lists.tsv, `framed` 1). */
  readonly framedCityLists: ReadonlySet<string>
  /**
   * The city each province abbreviation's character names before a count of cities (沪苏两市): a municipality itself (沪 →
   * 上海市), else the one the lists of data/city-lists.tsv read it as (苏 of 苏锡常 → 苏州市), where they agree on one that
   * lies inside that province and is a city (a division with no prefectures under it: not 浙 of 江浙); none for 浙, 鄂, 宁.
   */
  readonly provinceCharCities: ReadonlyMap<number, Division>
  /** The city of each one-character abbreviation that news writes alone after a verb of travel (甬 → 宁波市: 来甬考察), by code unit: data/city-abbreviations.tsv. */
  readonly cityAbbreviations: ReadonlyMap<number, Division>
  /** The units of both kinds of abbreviation: most characters of a text are none, and this says so without a look-up. */
  readonly abbreviationUnits: UnitSet
  /** The first code units of the official names of provinces, prefectures and counties (启 of 启东市; no 年). */
  readonly countyInitials: UnitSet
}

/**
 * data/divisions.tsv with their short forms (derived by rule: aliases.ts; see official.ts), data/place-aliases.tsv
 * and the user's placeAliases, data/province-abbreviations.tsv and data/city-abbreviations.tsv.
 */
export function loadGazetteer(ext: Extension): Gazetteer {
  const { divisions, forms, shortForms } = loadOfficial(officialSources())
  const byName = (name: string) => forms.rowsNamed(name).map((row) => divisions.get(row))
  const aliases = [
    ...dataFiles.tsv('place-aliases.tsv', 2).map((r) => ({ alias: r.cells[0]!, name: r.cells[1]!, where: r.where })),
    ...ext.placeAliases,
  ]
  for (const a of aliases) {
    // A listed alias is taken as surely as an official name: someone wrote it down for this.
    forms.add(a.alias, rowNamed(forms, divisions, a.name, a.where), 'alias:listed', false)
  }
  const abbreviations = new Map<number, { division: Division; alone: boolean }>()
  for (const { cells, where } of dataFiles.tsv('province-abbreviations.tsv', 2)) {
    const d = byName(cells[1]!).find((x) => x.level === 'province')
    if (!d || cells[0]!.length !== 1) throw new CppccNlpError('E_DATA', `invalid entry in ${where}: expected one character and the name of a province, got ${cells[0]} ${cells[1]}`)
    abbreviations.set(cells[0]!.charCodeAt(0), { division: d, alone: cells[2] !== '0' })
  }
  // A province-level division with prefectures under it is a province, not a city (浙江省; not 上海市, 香港).
  const withPrefectures = new Set<Division>()
  for (let row = 0; row < divisions.size; row++) if (divisions.level(row) === 'prefecture') { const p = divisions.get(row).parent; if (p) withPrefectures.add(p) }
  const inside = (city: Division, province: Division) => {
    for (let d: Division | null = city; d; d = d.parent) if (d === province) return true
    return false
  }
  const charCities = new Map<number, Division | null>()
  const cityLists = new Trie<Division[]>()
  const framedCityLists = new Set<string>()
  for (const { cells, where } of dataFiles.tsv('city-lists.tsv', 2)) {
    const cities = cells[1]!.split(' ').map((name) => divisions.get(rowNamed(forms, divisions, name, where)))
    if (cities.length !== cells[0]!.length) throw new CppccNlpError('E_DATA', `invalid entry in ${where}: expected one division for each character of ${cells[0]}`)
    cityLists.add(cells[0]!, cities)
    if (cells[2] === '1') framedCityLists.add(cells[0]!)
    for (let k = 0; k < cities.length; k++) {
      const unit = cells[0]!.charCodeAt(k)
      // …a city inside the province the character abbreviates (苏 of 苏锡常 → 苏州市; not 鄂 of 呼包鄂, 鄂尔多斯 in 内蒙古,
      // nor 宁 of 沪宁, 南京 in 江苏: review r32).
      const province = abbreviations.get(unit)?.division
      if (!province || !inside(cities[k]!, province)) continue
      const city = withPrefectures.has(cities[k]!) ? null : cities[k]!
      charCities.set(unit, charCities.has(unit) && charCities.get(unit) !== city ? null : city)
    }
  }
  // The city a province's character names before a count of cities (沪苏两市): a municipality itself (沪 → 上海市), else
  // the one the lists agree on.
  const provinceCharCities = new Map<number, Division>()
  for (const [unit, { division }] of abbreviations) {
    const city = withPrefectures.has(division) ? charCities.get(unit) : division
    if (city) provinceCharCities.set(unit, city)
  }
  const cityAbbreviations = new Map<number, Division>()
  for (const { cells, where } of dataFiles.tsv('city-abbreviations.tsv', 2)) {
    if (cells[0]!.length !== 1 || abbreviations.has(cells[0]!.charCodeAt(0))) throw new CppccNlpError('E_DATA', `invalid entry in ${where}: expected one character that abbreviates no province, got ${cells[0]}`)
    cityAbbreviations.set(cells[0]!.charCodeAt(0), divisions.get(rowNamed(forms, divisions, cells[1]!, where)))
  }
  const abbreviationUnits = new UnitSet()
  for (const unit of [...abbreviations.keys(), ...cityAbbreviations.keys()]) abbreviationUnits.add(unit)
  const countyInitials = new UnitSet()
  for (let row = 0; row < divisions.size; row++) if (divisions.level(row) !== 'township') countyInitials.add(divisions.name(row).charCodeAt(0))
  return { forms, byName, shortForms, abbreviations, cityLists, framedCityLists, provinceCharCities, cityAbbreviations, abbreviationUnits, countyInitials }
}

/** The row of the one division of an official name, or of a chain of names from a province down (北京市朝阳区). */
function rowNamed(forms: PlaceForms, divisions: Divisions, name: string, where: string): number {
  let found = forms.rowsNamed(name)
  if (found.length === 0) {
    // A chain: the longest official name that ends the string, whose ancestors spell the rest.
    for (let k = 1; k < name.length - 1 && found.length === 0; k++) {
      found = forms.rowsNamed(name.slice(k)).filter((r) => ancestors(divisions.get(r)).map((a) => a.name).reverse().join('').endsWith(name.slice(0, k)))
    }
  }
  if (found.length === 1) return found[0]!
  if (found.length === 0) throw new CppccNlpError('E_INVALID_OPTIONS', `${where}: ${name} is not the official name of a division (e.g. 上海市, 延边朝鲜族自治州, or a chain such as 北京市朝阳区)`)
  throw new CppccNlpError('E_INVALID_OPTIONS', `${where}: ${name} names ${found.length} divisions; write it with its parent, e.g. ${divisions.get(found[0]!).parent?.name ?? ''}${name}`)
}

export function ancestors(d: Division): Division[] {
  const out: Division[] = []
  for (let p = d.parent; p; p = p.parent) out.push(p)
  return out
}

/** The province-level division that holds `d`, or `d` itself where it is one. */
export function provinceOf(d: Division): Division {
  return ancestors(d).at(-1) ?? d
}

export function isAncestor(a: Division, d: Division): boolean {
  for (let p = d.parent; p; p = p.parent) if (p === a) return true
  return false
}

/** The divisions of an official name (the gazetteer's `byName`). */
export type ByName = (name: string) => readonly Division[]

/**
 * The counties that ended (data/former-divisions.tsv) which bore `county`'s stem with `suffix` under the same parent: 宁乡市
 * + 县 → 宁乡县 (until 2017), 綦江区 + 县 → 綦江县 (until 2011).
 */
export function formerTwins(county: Division, suffix: string, byName: ByName): Division[] {
  return byName(county.name.slice(0, -1) + suffix).filter((x) => x.code === null && x.level === 'county' && x.parent === county.parent)
}

/** Whether place `a` is written right before a place `b` that lies inside it: 河南省郑州市, 武汉市蔡甸区, 安徽省 + 和县. */
export function locates(a: PlaceMention | undefined, b: PlaceMention | undefined): boolean {
  return !!a?.division && !!b?.division && a.end === b.start && isAncestor(a.division, b.division)
}
