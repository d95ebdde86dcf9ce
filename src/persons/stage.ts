import type { BodyMention } from '../committees/types.js'
import { defineStage } from '../pipeline/stage.js'
import { relativeResolver } from '../regions/home.js'
import type { Person } from '../schema/result.js'
import { spanMaker } from '../spans/index.js'
import { isAsciiDigit } from '../text/chars.js'
import { recognizeNames } from './recognize.js'
import { nearby } from './near.js'
import { listGroups, rolesOf, type RoleFinding, type RoleInput } from './roles.js'
import { findStatements } from './statements.js'

// The rule of a bare surname before a form of address or an office (陈老师, 汤局长): see recognize.ts.
const SURNAME_TITLE = 'surname+title'
// What sets apart the titled names of one list (…会长曾建新，党支部书记李楚忠、执行会长庄绵升).
const LIST_SEPARATOR = /^[，,、]$/

/**
 * Stage: person names, and the persons — one per name with all its mentions, the roles the text gives,
 * the body of the role and CPPCC membership — and statements (who said or suggested what).
 */
export const personsStage = defineStage({
  name: 'persons',
  needs: ['text', 'structure', 'tokens', 'placeMentions', 'bodyMentions', 'homes', 'english'],
  provides: ['names', 'persons', 'statements'],
  run(doc, res) {
    const text = doc.get('text')
    const structure = doc.get('structure')
    const bodies = doc.get('bodyMentions')
    const places = doc.get('placeMentions')
    const span = spanMaker(doc.input, text, structure)
    const strong = new Set(structure.articles.flatMap((a) => a.byline))
    const names = recognizeNames({ text: text.text, tokens: doc.get('tokens'), places, bodies, idf: res.segmentation.lexicon.idf }, res.persons, strong)
    const input: RoleInput = { text: text.text, near: nearby(structure, bodies, places), lex: res.persons, relativeWords: res.relative, relative: relativeResolver(text.text, structure, places, doc.get('homes'), res.outsideRegions), organEndAt: res.bodies.organEndAt,
      levelChars: res.relativeChars, isNumeral: (c) => isAsciiDigit(c) || res.numerals.isNumeralUnit(c) }
    const byEnd = new Map(bodies.map((b) => [b.end, b]))
    const byName = new Map<string, Person>()
    // Persons whose 政协 was read from a relative region (市政协主席).
    const relative = new Map<Person, string>()
    // The last person named in full, by the surname (one or two characters) that begins the name.
    const bySurname = new Map<string, Person>()
    // The name before and the body its list named first: a list of titled names set apart by commas shares that
    // body (山西省广东商会会长曾建新，党支部书记李楚忠，执行会长庄绵升; 市政协副秘书长A、教科卫体委主任B、机关党委书记C).
    let before: { end: number; org: string | null } | null = null
    for (const group of listGroups(text.text, names, res.persons.titleWords.ands)) {
      const found = group.map((m) => rolesOf(input, m, byEnd))
      const f0 = found[0]!
      // (set in the loop below: the compiler does not see it change)
      const prev = before as { end: number; org: string | null } | null
      const listed = prev !== null && LIST_SEPARATOR.test(text.text.slice(prev.end, f0.from ?? group[0]!.start))
      if (f0.open && listed && prev.org) found[0] = { ...f0, org: prev.org }
      // A title before the first name or after the last one of a list applies to every name in it, and
      // so does one announced for the list (担任执行主席的有A、B、C).
      const first = found[0]!.roles.length ? found[0]! : announced(input, group[0]!.start, byEnd) ?? found[0]!
      const last = found.at(-1)!
      group.forEach((m, i) => {
        let f: RoleFinding = found[i]!
        if (f.roles.length === 0) f = group.length > 1 && last.roles.length && i < group.length - 1 ? last : first
        before = { end: m.end, org: (listed ? prev?.org : null) ?? f.org }
        const key = m.key ?? m.name
        // A bare surname and a title (王部长) after a person of that surname named in full is a further mention of them.
        const named = m.rule === SURNAME_TITLE ? bySurname.get(m.name) : undefined
        if (named) { named.mentions.push(span(m.start, m.end)); return }
        let p = byName.get(key)
        if (!p) {
          p = { name: m.name, roles: [], org: null, cppccMember: false, mentions: [], source: m.rule }
          byName.set(key, p)
        }
        for (const r of f.roles) if (!p.roles.includes(r)) p.roles.push(r)
        // The org is that of the person's first CPPCC title, also where another paragraph gives it (董事长A … 县政协委员A).
        const cppccOrg = f.cppcc && f.org !== null && !p.cppccMember
        if ((p.org === null || cppccOrg) && f.org !== null && f.relative) relative.set(p, f.written ?? f.org)
        if (cppccOrg) p.org = f.org
        p.org ??= f.org
        p.cppccMember ||= f.cppcc
        p.mentions.push(span(m.start, m.end))
        if (m.rule !== SURNAME_TITLE) for (let k = 1; k <= 2 && k < m.name.length; k++) bySurname.set(m.name.slice(0, k), p)
      })
    }
    settleClashes([...byName.values()], relative, bodies, res.persons.titleWords.singles)
    const persons = [...byName.values(), ...doc.get('english').persons].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
    return { names, persons, statements: findStatements(text.text, structure, span, res.persons, names) }
  },
})

/** The title (or the body of leaders) a clause announces right before a list of names (担任执行主席的有…, 常务主席为…), read as if written before it. */
function announced(input: RoleInput, start: number, byEnd: ReadonlyMap<number, BodyMention>): RoleFinding | null {
  // Announcing words may follow one another (担任执行主席的有：A、B).
  let at = start
  for (let m = input.lex.titleWords.announces.longestEndingAt(input.text, at); m && m.start < at; m = input.lex.titleWords.announces.longestEndingAt(input.text, at)) at = m.start
  if (at === start) return null
  const f = rolesOf(input, { start: at, end: start, name: '', score: 0, rule: '' }, byEnd)
  // …or the body whose leaders it names (出席会议的市政协领导有A、B).
  return f.roles.length || f.org ? f : null
}

/**
 * Two holders of an office a body has one of (主席) in one 政协: the one whose 政协 was read from a relative
 * region (市政协主席侯中文, after 乐山市政协主席黄平林 came to the page's county) holds it in the other 政协 of that
 * level the page names (巴中政协), where there is just one, else the one it never names, as written (市政协).
 */
function settleClashes(persons: readonly Person[], relative: ReadonlyMap<Person, string>, bodies: readonly BodyMention[], singles: ReadonlySet<string>): void {
  const holders = new Map<string, Person[]>()
  for (const p of persons) {
    if (!p.org || !p.cppccMember) continue
    for (const r of p.roles) {
      if (!singles.has(r)) continue
      const k = `${p.org}|${r}`
      const hs = holders.get(k)
      if (hs) hs.push(p)
      else holders.set(k, [p])
    }
  }
  // The level of each 政协 the page names, and its 政协 by level: built once, and only where two holders clash.
  let levels: { of: Map<string, string>; named: Map<string, Set<string>> } | undefined
  for (const hs of holders.values()) {
    const moved = hs.filter((p) => relative.has(p))
    if (hs.length !== 2 || moved.length !== 1) continue
    levels ??= cppccLevels(bodies)
    const p = moved[0]!
    const level = levels.of.get(p.org!)
    const others = [...(level ? levels.named.get(level) ?? [] : [])].filter((n) => n !== p.org)
    if (others.length === 1) p.org = others[0]!
    // None named: the other 政协 is the page's own, whose region it never writes (…来我市考察。市政协主席X陪同).
    else if (!others.length) p.org = relative.get(p)!
  }
}

function cppccLevels(bodies: readonly BodyMention[]): { of: Map<string, string>; named: Map<string, Set<string>> } {
  const of = new Map<string, string>()
  const named = new Map<string, Set<string>>()
  for (const b of bodies) {
    if (b.kind !== 'cppcc' || !b.division) continue
    of.set(b.name, b.division.level)
    const set = named.get(b.division.level)
    if (set) set.add(b.name)
    else named.set(b.division.level, new Set([b.name]))
  }
  return { of, named }
}
