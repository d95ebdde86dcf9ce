import type { BodyMention } from '../committees/types.js'
import { defineStage } from '../pipeline/stage.js'
import type { Person } from '../schema/result.js'
import { spanMaker } from '../spans/index.js'
import { recognizeNames } from './recognize.js'
import { nearby } from './near.js'
import { listedRoles } from './list-roles.js'
import type { RoleFinding, RoleInput } from './roles.js'
import { findStatements } from './statements.js'
import { canonicalDots } from './dotted.js'

// The rule of a bare surname before a form of address or an office (陈老师, 汤局长): see recognize.ts.
const SURNAME_TITLE = 'surname+title'

/**
 * Stage: person names, and the persons — one per name with all its mentions, the roles the text gives,
 * the body of the role and CPPCC membership — and statements (who said or suggested what).
 */
export const personsStage = defineStage({
  name: 'persons',
  needs: ['text', 'structure', 'tokens', 'placeMentions', 'bodyMentions', 'relative', 'english'],
  provides: ['names', 'persons', 'statements'],
  run(doc, res) {
    const text = doc.get('text')
    const structure = doc.get('structure')
    const bodies = doc.get('bodyMentions')
    const places = doc.get('placeMentions')
    const span = spanMaker(doc.input, text, structure)
    const english = doc.get('english').persons
    // A page where no Chinese name or title can be (an English page) has only the English side's persons.
    if (!res.chinese(text.text)) return { names: [], persons: [...english].sort(byFirstMention), statements: [] }
    const strong = new Set(structure.articles.flatMap((a) => a.byline))
    const names = outsideFileNames(text.text, recognizeNames({ text: text.text, tokens: doc.get('tokens'), places, bodies, idf: res.segmentation.lexicon.idf, tag: res.segmentation.lexicon.tag }, res.persons, strong))
    const input: RoleInput = { text: text.text, near: nearby(structure, bodies, places), lex: res.persons, relativeWords: res.relative, relative: doc.get('relative'), organEndAt: res.bodies.organEndAt,
      levelChars: res.relativeChars, isNumeral: (c) => res.numerals.isCountUnit(c), nameEnds: new Set(names.map((n) => n.end)),
      wordStarts: doc.get('tokens').isStart }
    const byEnd = new Map(bodies.map((b) => [b.end, b]))
    const byName = new Map<string, Person>()
    // Persons whose 政协 was read from a relative region (市政协主席).
    const relative = new Map<Person, string>()
    // Where the 政协 a person's org was read from is written with a relative region (RoleFinding.at).
    const readAt = new Map<Person, number>()
    // The last person named in full, by the surname (one or two characters) that begins the name.
    const bySurname = new Map<string, Person>()
    // Roles a person was only addressed by after the name (胡安虎主席 after 副主席胡安虎): a fuller title replaces them.
    const addressed = new Map<Person, Set<string>>()
    for (const { m, f } of listedRoles(input, names, byEnd).flat()) {
      const key = canonicalDots(m.key ?? m.name)
      // A bare surname and a title (王部长) after a person of that surname named in full is a further mention of them.
      const named = m.rule === SURNAME_TITLE ? bySurname.get(m.name) : undefined
      if (named) { named.mentions.push(span(m.start, m.end)); continue }
      let p = byName.get(key)
      if (!p) {
        p = { name: canonicalDots(m.name), roles: [], org: null, cppccMember: false, mentions: [], source: m.rule }
        byName.set(key, p)
      }
      // A person so far only addressed by a title (王海彦副主席 in a headline: its body read from the page) holds it in the
      // body a later mention writes with it, or in its fuller form (省科协副主席王海彦): that body, and membership, are theirs.
      const only = addressed.get(p)
      if (only && !f.address && f.org !== null && f.org !== p.org && p.roles.every((r) => only.has(r)) && f.roles.some((r) => [...only].some((o) => r.endsWith(o)))) {
        p.org = null
        p.cppccMember = false
      }
      // A form of address that repeats a title the person holds in a body already read (何维副主席 after 中国农工民主党中央
      // 专职副主席何维) is that title again: the body the page gives it by default (its 政协) does not replace the written one.
      if (f.address && p.org !== null && f.roles.length && f.roles.every((r) => p!.roles.some((x) => x === r || fuller(x, r, res.persons.sessionModifiers)))) {
        p.mentions.push(span(m.start, m.end))
        continue
      }
      addRoles(p, f, addressed, res.persons.sessionModifiers)
      // The org is that of the person's first CPPCC title, also where another paragraph gives it (董事长A … 县政协委员A).
      const cppccOrg = f.cppcc && f.org !== null && !p.cppccMember
      if ((p.org === null || cppccOrg) && f.org !== null && f.relative) relative.set(p, f.written ?? f.org)
      if ((p.org === null || cppccOrg) && f.org !== null && f.at !== null) readAt.set(p, f.at)
      if (cppccOrg) p.org = f.org
      p.org ??= f.org
      p.cppccMember ||= f.cppcc
      p.mentions.push(span(m.start, m.end))
      if (m.rule !== SURNAME_TITLE) for (let k = 1; k <= 2 && k < m.name.length; k++) bySurname.set(m.name.slice(0, k), p)
    }
    settleClashes([...byName.values()], relative, readAt, bodies, res.persons.titleWords.singles)
    // A website credited as editor or source (编辑:中宏网) is the outlet, no person.
    const people = [...byName.values()].filter((p) => !(p.roles.length && p.roles.every((r) => res.persons.isCredit(r)) && res.persons.endsInSite(p.name)))
    const persons = [...people, ...english].sort(byFirstMention)
    return { names, persons, statements: findStatements(text.text, structure, span, res.persons, names) }
  },
})

const byFirstMention = (a: Person, b: Person) => a.mentions[0]!.start - b.mentions[0]!.start

// An image's file name as the page prints it (政协委员郭青岭.png under a photo): no run of the page's text.
// The extension is searched for, and the name is read back from it to a space or a slash: a regular expression
// for the whole name would try every start of a long run without spaces (quadratic on a page of one line).
const FILE_EXTENSION = /\.(?:png|jpe?g|gif|bmp|webp)(?![A-Za-z0-9])/gi
const NAME_SEPARATOR = /[\s/\\]/

function outsideFileNames<T extends { start: number; end: number }>(text: string, names: T[]): T[] {
  const files: Array<{ start: number; end: number }> = []
  let from = 0
  for (const m of text.matchAll(FILE_EXTENSION)) {
    let start = m.index
    while (start > from && !NAME_SEPARATOR.test(text[start - 1]!)) start--
    from = m.index + m[0].length
    if (start < m.index) files.push({ start, end: from })
  }
  return files.length ? names.filter((n) => !files.some((f) => f.start <= n.start && n.end <= f.end)) : names
}

/** Whether title `long` is a fuller form of `short` (常务副主席 of 副主席): not where what it adds makes it a session's title (执行主席 of 主席). */
function fuller(long: string, short: string, session: ReadonlySet<string>): boolean {
  return long.length > short.length && long.endsWith(short) && !session.has(long.slice(0, long.length - short.length))
}

/**
 * Adds the roles of one mention to a person's. A title written only after the name is a form of address
 * where it ends a fuller title the person holds (胡安虎主席 of 副主席胡安虎; 王局长 of 副局长王平): it adds no role,
 * and the fuller title, given later, replaces it.
 */
function addRoles(p: Person, f: RoleFinding, addressed: Map<Person, Set<string>>, session: ReadonlySet<string>): void {
  const only = addressed.get(p)
  for (const r of f.roles) {
    if (p.roles.includes(r)) continue
    if (f.address) {
      if (p.roles.some((x) => fuller(x, r, session))) continue
      if (only) only.add(r)
      else addressed.set(p, new Set([r]))
    } else if (only) {
      const short = p.roles.findIndex((x) => only.has(x) && fuller(r, x, session))
      if (short >= 0) { only.delete(p.roles[short]!); p.roles.splice(short, 1) }
    }
    p.roles.push(r)
  }
}

/**
 * Two holders of an office a body has one of (主席) in one 政协: the one whose 政协 was read from a relative
 * region (市政协主席侯中文, after 乐山市政协主席黄平林 came to the page's county) holds it in the other 政协 of that
 * level the page names (巴中政协), where there is just one, else the one it never names, as written (市政协);
 * so do the others whose 政协 was read from the same words.
 */
function settleClashes(persons: readonly Person[], relative: ReadonlyMap<Person, string>, readAt: ReadonlyMap<Person, number>, bodies: readonly BodyMention[], singles: ReadonlySet<string>): void {
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
    const was = p.org!
    if (others.length === 1) p.org = others[0]!
    // None named: the other 政协 is the page's own, whose region it never writes (…来我市考察。市政协主席X陪同).
    else if (!others.length) p.org = relative.get(p)!
    // The titles read from the same words move with it (市政协主席李强，副主席赵明: 赵明 is of 李强's 政协).
    const at = readAt.get(p)
    if (at !== undefined) for (const q of persons) if (q !== p && q.org === was && readAt.get(q) === at) q.org = p.org
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
