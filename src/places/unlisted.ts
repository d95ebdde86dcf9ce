import type { Tokens } from '../segment/tokens.js'
import { isHan } from '../text/chars.js'
import { ETHNIC_SHORT } from './aliases.js'
import type { Gazetteer } from './gazetteer.js'
import { placeMention, type Division, type PlaceMention } from './types.js'

// Tags of the first word of a township's stem that is still a name (东城/ns, 蕺/x): not a common word (重点镇, 特色小镇).
const STEM_TAGS = new Set(['ns', 'nr', 'nrt', 'nz', 'x'])
// A stem of two or three characters: 东城街道, 蕺山街道, 杨家园则镇 is in the gazetteer.
const STEM_MIN = 2
const STEM_MAX = 3
// Longest township suffix (街道) plus the longest stem.
const NAME_MAX = STEM_MAX + 2

/**
 * Townships newer than data/divisions.tsv (NBS 2023), written right after their county: 唐河县东城街道, a street set up
 * in 2024. A name the gazetteer does not know, made of a stem that the segmenter takes for a proper name or cannot
 * read (东城/ns, 蕺/x) and a township's suffix that is a word of its own (街道, 镇, 乡), right after a mention resolved
 * to a county, is that county's township, without a code. Not 唐河县重点镇 nor 特色小镇 (common words), nor 全县各乡镇.
 */
export function unlistedTownships(text: string, t: Tokens, g: Gazetteer, ms: PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = []
  const made = new Map<string, Division>()
  ms.forEach((m, i) => {
    const county = m.division
    // A county of today: a former one (闸北区彭浦镇) wrote townships that the gazetteer files under its successor.
    if (!county || county.level !== 'county' || !county.code) return
    const next = ms[i + 1]
    // A township's official name that other counties have but not this one (唐河县东城街道: 东城街道 of 郏县 …), also
    // where it is another county's ethnic township written short (宣汉县大河乡: 大河乡 of 兴文县's 大河苗族乡).
    if (next && next.start === m.end) {
      if (next.rule === 'gazetteer' && next.forms.every((f) => f.division.level === 'township' && f.division.parent !== county && (!f.short || f.rule === ETHNIC_SHORT))) {
        next.division = renamed(text, g, county, next) ?? made.get(`${county.code ?? county.name}:${next.forms[0]!.form}`) ?? unlisted(made, county, next.forms[0]!.form)
      }
      return
    }
    const e = unlistedTownshipEnd(text, t, g, m.end)
    // A listed township begins inside it (民权至程庄镇: 程庄镇 of 民权县 after 至): no new name.
    if (e < 0 || (next && next.start < e)) return
    const name = text.slice(m.end, e)
    const d = made.get(`${county.code ?? county.name}:${name}`) ?? unlisted(made, county, name)
    out.push(placeMention(m.end, e, [{ division: d, form: name, short: false, rule: 'gazetteer' }], d, 'township:after-county'))
  })
  // The same name written alone elsewhere on the page (东城街道政协) is that township too.
  if (made.size) {
    const byName = new Map([...made.values()].map((d) => [d.name, d]))
    for (const m of ms) {
      const d = m.rule === 'gazetteer' && m.division?.level === 'township' ? byName.get(text.slice(m.start, m.end)) : undefined
      if (d) m.division = d
    }
  }
  return out
}

/**
 * The end of a township's name that the gazetteer does not know, written from `at` (蕺山街道 of 越城蕺山街道), or -1: a
 * stem the segmenter takes for a proper name or cannot read, and a township's suffix that is a word of its own.
 */
export function unlistedTownshipEnd(text: string, t: Tokens, g: Gazetteer, at: number): number {
  if (t.isStart[at] !== 1) return -1
  const first = t.list[t.at[at]!]
  if (!first || !STEM_TAGS.has(first.pos)) return -1
  // Han characters only, the stem's first ones too (not 玉龙湖,对两镇 across a comma).
  for (let k = at; k < Math.min(text.length, at + STEM_MIN); k++) if (!isHan(text.charCodeAt(k))) return -1
  for (let e = at + STEM_MIN + 1; e <= Math.min(text.length, at + NAME_MAX); e++) {
    if (!isHan(text.charCodeAt(e - 1))) return -1
    if (t.isEnd[e] !== 1) continue
    const last = t.list[t.at[e - 1]!]!
    const stem = last.start - at
    if (stem < STEM_MIN || stem > STEM_MAX || !g.shortForms.isTownship(text.slice(at, e)) || g.shortForms.isTownship(text.slice(at, last.start))) continue
    // Every word of the stem a name or a single character of one the segmenter cannot read (蕺|山): not 城西|庄|电商|小镇.
    for (let i = t.at[at]!; i < t.at[last.start]!; i++) {
      const w = t.list[i]!
      if (!STEM_TAGS.has(w.pos) && w.end - w.start > 1) return -1
    }
    return g.forms.matchesAt(text, at).length ? -1 : e
  }
  return -1
}

/**
 * The one township of `county` whose stem the name after it begins with, written with another township suffix: the suffix
 * it bore before (景泰县红水乡, today's 红水镇 of 景泰县; 红水乡 is 融水县's), as the gold writes today's division (dev 1097, 1300).
 */
function renamed(text: string, g: Gazetteer, county: Division, m: PlaceMention): Division | undefined {
  const found = new Set<Division>()
  for (const [e, forms] of g.forms.matchesAt(text, m.start)) {
    if (e >= m.end) continue
    for (const f of forms) {
      const d = f.division
      if (f.short && d.level === 'township' && d.parent === county && d.code && g.shortForms.isTownship(d.name) && d.name.startsWith(text.slice(m.start, e))) found.add(d)
    }
  }
  return found.size === 1 ? [...found][0] : undefined
}

/** A township the gazetteer does not list, under `county`: one object per page and name, so that its mentions group. */
function unlisted(made: Map<string, Division>, county: Division, name: string): Division {
  const d: Division = { code: null, name, level: 'township', parent: county }
  made.set(`${county.code ?? county.name}:${name}`, d)
  return d
}
