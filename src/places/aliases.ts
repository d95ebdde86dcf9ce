import { CppccNlpError } from '../errors.js'
import type { TsvRow } from '../resources/data-files.js'
import { PlaceLevelSchema, type PlaceLevel } from '../schema/result.js'

// Ethnic autonomous names: stem + peoples (朝鲜族, 藏族羌族, 维吾尔: data/peoples.txt) + 自治 + 区/州/县/旗.
const AUTONOMOUS = /^([\u4e00-\u9fff]{2,})自治(区|州|县|旗)$/

const NONE: readonly Suffix[] = []

/** The rule of a stem shorter than its suffix's `min`, a place only right after its parent (金山廊下): data/division-suffixes.tsv parent_min. */
export const AFTER_PARENT = 'alias:after-parent'

/**
 * The rule of an ethnic township's short form (铜厂乡 of 铜厂彝族乡): a place only where the page writes its own county
 * (resolve.ts), since the same stem and 乡 is often another county's township the gazetteer no longer lists.
 */
export const ETHNIC_SHORT = 'alias:ethnic-township'

/** The rule of an autonomous county's or prefecture's stem alone (屏边 of 屏边苗族自治县, 延边). */
export const AUTONOMOUS_STEM = 'alias:autonomous-stem'

/** The rule of an autonomous county's or prefecture's stem with its level (长阳县, 延边州): a name of its own. */
export const AUTONOMOUS_SHORT = 'alias:autonomous-short'

/**
 * A short form and its rule, as a place mention names it (alias:province, alias:autonomous-stem …); `whole` where the
 * form is a name in full with another township suffix (王平镇 of 王平地区), as sure as the official name.
 */
export type Alias = { form: string; rule: string; whole?: boolean }
/** A suffix of official names (data/division-suffixes.tsv) and the short forms it makes. */
type Suffix = { suffix: string; rule: string; levels: readonly PlaceLevel[]; min: number; generic: ReadonlySet<string>; written: readonly string[]; parentMin: number; dropped: readonly string[] }

/** The rules of short forms: data/division-suffixes.tsv, longest suffix first. */
export type ShortForms = {
  /** Short forms of an official name (吉林省 → 吉林; 延边朝鲜族自治州 → 延边州, 延边; 香港特别行政区 → 香港). */
  aliasesOf(name: string, level: PlaceLevel): Alias[]
  /** Whether an official name of two or three characters is a generic word with a suffix (城区, 郊区, 东区, 老城区): a place only after its parent. */
  isGeneric(name: string): boolean
  /** Whether a township-level name ends in a township suffix (the others, 苗圃 or 农场, are ordinary words). */
  isTownship(name: string): boolean
}

/**
 * The name with the word before its suffix left out, as news writes a street named after its road or estate
 * (汉江路街道 → 汉江街道, 长风新村街道 → 长风街道): the suffix kept, a stem of two characters or more left.
 */
function withoutDropped(name: string, s: Suffix): string[] {
  const stem = name.slice(0, -s.suffix.length)
  return s.dropped.filter((w) => stem.endsWith(w) && stem.length - w.length >= 2).map((w) => stem.slice(0, -w.length) + s.suffix)
}

export function shortForms(rows: readonly TsvRow[], peoples: readonly string[]): ShortForms {
  const people = new Set(peoples)
  const longestPeople = Math.max(0, ...peoples.map((p) => p.length))
  // The last units of the names of peoples: a body that ends in none of them holds no peoples (read for every township).
  const peopleEnds = new Set(peoples.map((p) => p.charCodeAt(p.length - 1)))
  // The shortest stem of two or more characters that peoples follow (黔东南 of 黔东南苗族侗族, not 黔东 + 南苗族);
  // the whole where none do (内蒙古, 西藏). ok[s]: body[s..] is peoples written one after another (苗族侗族,
  // 布依族苗族), read once from the end for every s.
  const stemOf = (body: string): string => {
    const ok = new Uint8Array(body.length + 1)
    ok[body.length] = 1
    for (let s = body.length - 1; s >= 2; s--) {
      for (let n = 1; n <= longestPeople && s + n <= body.length && !ok[s]; n++) if (ok[s + n] && people.has(body.slice(s, s + n))) ok[s] = 1
    }
    for (let k = 2; k < body.length; k++) if (ok[k]) return body.slice(0, k)
    return body
  }
  const suffixes: Suffix[] = rows.map((r) => {
    const [suffix = '', rule = '', levels = '', min = '2', generic = '', written = '', parentMin = '', dropped = ''] = r.cells
    const ls = levels.split(' ').map((l) => PlaceLevelSchema.safeParse(l))
    if (!suffix || ls.some((l) => !l.success)) throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: expected a suffix, a rule and levels (${PlaceLevelSchema.options.join(', ')})`)
    return { suffix, rule: `alias:${rule}`, levels: ls.map((l) => l.data!), min: Number(min), generic: new Set(generic.split(' ').filter(Boolean)), written: written.split(' ').filter(Boolean), parentMin: parentMin ? Number(parentMin) : Number(min), dropped: dropped.split(' ').filter(Boolean) }
  }).sort((a, b) => b.suffix.length - a.suffix.length)
  // The suffixes that end in each UTF-16 unit, longest first: a name looks only at those of its last one.
  const byLast = new Map<number, Suffix[]>()
  for (const s of suffixes) {
    const last = s.suffix.charCodeAt(s.suffix.length - 1)
    byLast.set(last, [...(byLast.get(last) ?? []), s])
  }
  const ending = (name: string) => byLast.get(name.charCodeAt(name.length - 1)) ?? NONE
  // Loops, not find(): these run for each of 43,700 names at start-up, mostly before they are optimised.
  const suffixOf = (name: string, level: PlaceLevel) => {
    for (const s of ending(name)) if (s.levels.includes(level) && name.endsWith(s.suffix)) return s
    return undefined
  }
  return {
    aliasesOf(name, level) {
      const out: Alias[] = []
      const add = (form: string, rule: string) => { if (form.length >= 2 && form !== name) out.push({ form, rule }) }
      const autonomous = level !== 'township' ? AUTONOMOUS.exec(name) : null
      if (autonomous) {
        const [, body = '', kind = ''] = autonomous
        const stem = stemOf(body)
        add(stem, AUTONOMOUS_STEM)
        if (kind !== '区') add(stem + kind, AUTONOMOUS_SHORT)
        return out
      }
      const s = suffixOf(name, level)
      // An ethnic township written with its suffix alone, its peoples left out (铜厂乡 of 铜厂彝族乡, 二龙乡 of 二龙回族乡),
      // as local news writes it: kept only where the page names its county (resolve.ts). The name is a stem, peoples
      // (彝族, 回族, 蒙古族: data/peoples.txt) and a suffix of one character.
      if (level === 'township' && s && s.suffix.length === 1 && peopleEnds.has(name.charCodeAt(name.length - 2))) {
        const body = name.slice(0, -1)
        const stem = stemOf(body)
        if (stem !== body) add(stem + s.suffix, ETHNIC_SHORT)
      }
      if (s && name.length - s.suffix.length >= s.parentMin) {
        const stem = name.slice(0, -s.suffix.length)
        if (!s.generic.has(stem)) add(stem, stem.length >= s.min ? s.rule : AFTER_PARENT)
      }
      // The suffix written short (海棠街道 → 海棠街): the kept character marks the place whatever the stem. Written as
      // a township's suffix of its own (王平地区 → 王平镇, 南磨房地区 → 南磨房乡: Beijing's 地区 are the 镇 or 乡 of their
      // name), the form is a whole name; not after a stem that ends in one already (杨镇地区, 良乡地区).
      if (s && s.written.length && name.length - s.suffix.length >= 2) {
        const stem = name.slice(0, -s.suffix.length)
        for (const w of s.written) {
          const own = level === 'township' ? suffixOf(stem + w, level) : undefined
          const whole = own !== undefined && own !== s
          if (whole && suffixOf(stem, level) !== undefined) continue
          if (stem + w !== name && stem.length + w.length >= 2) out.push(whole ? { form: stem + w, rule: s.rule, whole } : { form: stem + w, rule: s.rule })
        }
      }
      if (s) for (const form of withoutDropped(name, s)) add(form, s.rule)
      return out
    },
    isGeneric(name) {
      return name.length <= 3 && ending(name).some((s) => name.endsWith(s.suffix) && s.generic.has(name.slice(0, -s.suffix.length)))
    },
    isTownship(name) {
      return suffixOf(name, 'township') !== undefined
    },
  }
}
