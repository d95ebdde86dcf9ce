import { createHash } from 'node:crypto'
import { packImage, savedImage, unpackImage, type Tables } from '../lexicon/image.js'
import { dataFiles, parseList, parseTsv } from '../resources/data-files.js'
import { shortForms, type ShortForms } from './aliases.js'
import { Divisions, type DivisionTables } from './divisions.js'
import { PlaceForms, type PlaceFormTables } from './forms.js'

/**
 * What data/divisions.tsv, division-suffixes.tsv and peoples.txt alone decide: the divisions, and their official
 * names and short forms by rule. Made from the files (buildOfficial), or read from the image the build
 * saves next to the bundle (dist/gazetteer.bin) when it was made from the very same bytes: the files
 * stay the source, and an edited file is simply read again.
 */
export type Official = { divisions: Divisions; forms: PlaceForms; shortForms: ShortForms }

/** The bytes of the files: data/divisions.tsv, division-suffixes.tsv and peoples.txt. */
export type OfficialSources = { divisions: Uint8Array; suffixes: Uint8Array; peoples: Uint8Array }

/** The bytes of the files, read from data/: the one place that names them. */
export const officialSources = (): OfficialSources => ({ divisions: dataFiles.bytes('divisions.tsv'), suffixes: dataFiles.bytes('division-suffixes.tsv'), peoples: dataFiles.bytes('peoples.txt') })

/** The image's file, which the build saves in dist/. */
export const OFFICIAL_IMAGE = 'gazetteer.bin'

// The tables' layout, changed with it: dist/ is built whole, code and images together, but an image
// of another layout must never be read all the same.
const FORMAT = 1

export function buildOfficial(sources: OfficialSources): Official {
  const text = decode(sources.divisions)
  const divisions = Divisions.parse(text, 'data/divisions.tsv')
  const sf = suffixes(sources)
  // About two nodes per name: names share their first characters (吉林省, 吉林市).
  const forms = new PlaceForms(divisions, divisions.size * 2)
  // Whole names by another township suffix (王平镇 of 王平地区): added last, and only where no division bears the name
  // (龙泉镇, 温泉镇 are towns of their own across the country; the writer of one means it, not Beijing's 地区).
  const wholes: Array<{ form: string; row: number; rule: string }> = []
  for (let row = 0; row < divisions.size; row++) {
    const name = divisions.name(row)
    const level = divisions.level(row)
    // Township-level rows without a township suffix (苗圃, 农场 …) are written as ordinary words.
    const written = level !== 'township' || sf.isTownship(name)
    forms.addName(name, row, written)
    if (!written) continue
    // A division that ended has no short form that names the division above it (株洲 of 株洲县 is 株洲市's).
    const p = divisions.coded(row) ? -1 : divisions.parentRow(row)
    const above = p < 0 ? [] : [divisions.name(p), ...sf.aliasesOf(divisions.name(p), divisions.level(p)).map((a) => a.form)]
    for (const a of sf.aliasesOf(name, level)) {
      if (above.includes(a.form)) continue
      if (a.whole) wholes.push({ form: a.form, row, rule: a.rule })
      else forms.add(a.form, row, a.rule, true)
    }
  }
  for (const w of wholes) if (forms.rowsNamed(w.form).length === 0) forms.add(w.form, w.row, w.rule, false)
  return { divisions, forms, shortForms: sf }
}

/** The image of the tables of `official`, made from `sources`. */
export function officialImage(sources: OfficialSources, official: Official): Uint8Array {
  const forms = official.forms.tables()
  return packImage({ key: sourcesKey(sources), rules: forms.rules }, { ...prefixed('division.', official.divisions.tables()), ...prefixed('form.', forms.tables) })
}

/** The tables of an image made from `sources`, or null where the image was made from other bytes (or is no image). */
export function readOfficial(sources: OfficialSources, image: Uint8Array): Official | null {
  const unpacked = unpackImage(image)
  return unpacked && unpacked.header.key === sourcesKey(sources) ? fromImage(sources, unpacked) : null
}

/** The official part of the gazetteer: from the image the build saved where it was made from these bytes, else made. */
export function loadOfficial(sources: OfficialSources): Official {
  const saved = savedImage(OFFICIAL_IMAGE, sourcesKey(sources))
  return saved ? fromImage(sources, saved) : buildOfficial(sources)
}

function fromImage(sources: OfficialSources, { header, tables }: { header: Record<string, unknown>; tables: Tables }): Official {
  const divisions = Divisions.fromTables(decode(sources.divisions), unprefixed('division.', tables) as DivisionTables)
  const forms = PlaceForms.fromTables(divisions, unprefixed('form.', tables) as PlaceFormTables, header.rules as string[])
  return { divisions, forms, shortForms: suffixes(sources) }
}

const decode = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8')

const suffixes = (sources: OfficialSources) => shortForms(parseTsv(decode(sources.suffixes), 'data/division-suffixes.tsv', 3), parseList(decode(sources.peoples)))

/** The layout's version and SHA-256 of the files, each with its length (no byte can move from one to another). */
function sourcesKey(s: OfficialSources): string {
  const hash = createHash('sha256')
  for (const bytes of [s.divisions, s.suffixes, s.peoples]) hash.update(`${bytes.length}:`).update(bytes)
  return `${FORMAT}:${hash.digest('hex')}`
}

const prefixed = (prefix: string, tables: object) => Object.fromEntries(Object.entries(tables).map(([k, v]) => [prefix + k, v])) as Tables

const unprefixed = (prefix: string, tables: Tables) =>
  Object.fromEntries(Object.entries(tables).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]))
