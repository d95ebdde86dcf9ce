import type { BodyMention } from '../committees/types.js'
import type { PlaceMention } from '../places/types.js'
import type { Person } from '../schema/result.js'
import type { SpanMaker } from '../spans/index.js'
import type { EnRoles } from './lexicon.js'
import type { EnName } from './names.js'

/** What the text writes beside one mention of a name: its titles and the body they are of. */
type Finding = { roles: string[]; body: BodyMention | null; cppcc: boolean; before: boolean; ofCommittee?: true }

/** What the persons of a page are read from. */
export type EnPersonInput = {
  text: string
  names: readonly EnName[]
  bodies: readonly BodyMention[]
  places: readonly PlaceMention[]
  lex: EnRoles
  span: SpanMaker
  /** The name of the body of a key (its first mention of the highest rank), or undefined for a key no mention has. */
  nameOf: (key: string) => string | undefined
}

// Between a title and its body: "of the", "for the third session of the 14th", "in charge of the".
const CONNECTOR = /^\s+(?:in\s+charge\s+of|of|for|at|in|with)\s+(?:the\s+)?(?:(?:Standing\s+Committee|[A-Za-z]+\s+(?:[Pp]lenary\s+)?[Ss]ession)\s+of\s+(?:the\s+)?)?(?:(?:\d+|[A-Za-z]+)(?:st|nd|rd|th)\s+)?/
const APPOSITION = /^,\s+(?:(?:a|an|the|then|now|former|also)\s+)?/
// "Wu Zhiming, the committee’s chairman": a title of the committee the page is about.
const OF_COMMITTEE = /^,\s+(?:the\s+)?committee['’]s\s+/i
const NEXT_TITLE = /^(?:,\s+|\s+and\s+)(?:(?:a|an|the)\s+)?/
const CPPCC = /^CPPCC\s+/

/**
 * The persons of English names, one per name with all its mentions: the titles written beside a name
 * (after it: "Ren Jianhua, chairman of the CPPCC Yangquan Municipal Committee"; before it: "spokesperson
 * Liu Jieyi", "Chairman of Zhongshan Municipal Committee of CPPCC Qiu Shuhong"; a credit: "Photo by …"),
 * in lower case and singular, the body of a title ("of the BODY", "CPPCC member of Shanghai"), and CPPCC
 * membership. A title before a list of names applies to each; a title of a CPPCC body written without
 * its body (… and Vice-Chairman He Cancheng) takes the body of the name before it in the sentence.
 */
export function englishPersons(input: EnPersonInput): Person[] {
  const { names, lex } = input
  const found = names.map((n) => after(input, n.end) ?? before(input, n.start))
  // A clause after a list of names gives each of them its titles (A, B and C were elected as …).
  const joined = (i: number) => /^(?:,\s*|,?\s+and\s+)$/.test(input.text.slice(names[i - 1]!.end, names[i]!.start))
  for (let i = 0; i < names.length; ) {
    let j = i + 1
    while (j < names.length && joined(j)) j++
    const p = predicate(input, names[j - 1]!.end)
    if (p) for (let k = i; k < j; k++) found[k] ??= p
    i = j
  }
  // A title or credit before the first name of a list (A, B and C) applies to each name of it.
  for (let i = 1; i < names.length; i++) {
    const prev = found[i - 1]
    if (found[i] || !prev?.before || !/^(?:,\s+|,?\s+and\s+)$/.test(input.text.slice(names[i - 1]!.end, names[i]!.start))) continue
    found[i] = { ...prev }
  }
  const byName = new Map<string, Person>()
  const isCppcc = (b: BodyMention | null | undefined) => b?.kind === 'cppcc' || b?.kind === 'cppcc-special'
  const ofBody = (r: string) => { const c = lex.roles.get(r)?.cppcc; return c === 'with-body' || c === 'page' }
  // The page's CPPCC committee, where it names exactly one.
  const cppccKeys = [...new Set(input.bodies.filter((b) => b.kind === 'cppcc').map((b) => b.key))]
  const pageCppcc = cppccKeys.length === 1 ? input.bodies.find((b) => b.key === cppccKeys[0]) ?? null : null
  names.forEach((n, i) => {
    const f = found[i]
    if (f && f.body === null && f.roles.some(ofBody)) {
      const prev = found[i - 1]
      if (i > 0 && isCppcc(prev?.body) && !/[.!?]/.test(input.text.slice(names[i - 1]!.end, n.start))) f.body = prev!.body
      else if (pageCppcc && (f.ofCommittee || f.roles.some((r) => lex.roles.get(r)?.cppcc === 'page'))) f.body = pageCppcc
    }
    let p = byName.get(n.name)
    if (!p) { p = { name: n.name, roles: [], org: null, cppccMember: false, mentions: [], source: 'english' }; byName.set(n.name, p) }
    p.mentions.push(input.span(n.start, n.end))
    if (!f) return
    for (const r of f.roles) if (!p.roles.includes(r)) p.roles.push(r)
    if (f.body) p.org ??= input.nameOf(f.body.key) ?? f.body.name
    if (f.cppcc || f.roles.some((r) => lex.roles.get(r)?.cppcc === 'always' || (isCppcc(f.body) && ofBody(r)))) p.cppccMember = true
  })
  return [...byName.values()]
}

/** The written title at `at`, singular and in lower case, with its end. */
function titleAt(input: EnPersonInput, at: number): { role: string; end: number } | null {
  const m = input.lex.roleAt.exec(input.text.slice(at, at + 60))
  if (!m) return null
  const written = m[0].toLowerCase().replace(/\s+/g, ' ')
  return { role: input.lex.roles.get(written)?.singular ?? written, end: at + m[0].length }
}

/** The body mention starting at `at`, or null. */
const bodyAt = (input: EnPersonInput, at: number) => input.bodies.find((b) => b.start === at) ?? null

/** Titles in apposition after a name: ", a CPPCC member of Shanghai and vice president of …". */
function after(input: EnPersonInput, end: number): Finding | null {
  const own = OF_COMMITTEE.exec(input.text.slice(end, end + 40))
  const titles = own ? titlesFrom(input, end + own[0].length) : null
  if (titles) return { ...titles, ofCommittee: true }
  const lead = APPOSITION.exec(input.text.slice(end, end + 40))
  return lead ? titlesFrom(input, end + lead[0].length) : null
}

// After a list of names: "were elected (as) the vice-chairmen of …", "served as the executive chairmen of …".
const PREDICATE = /^,?\s*(?:(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:elected|re-elected|appointed|named|served|serves|serve|serving|acted|acts)\s+(?:as\s+)?|(?:is|was|became|becomes|remains)\s+(?:also\s+|now\s+)?)(?:(?:the|a|an)\s+)?/

/** Titles a clause gives the names before it ("A, B and C were elected as the vice-chairmen of the CPPCC"). */
function predicate(input: EnPersonInput, end: number): Finding | null {
  const lead = PREDICATE.exec(input.text.slice(end, end + 60))
  return lead ? titlesFrom(input, end + lead[0].length) : null
}

/** Titles from `at`, each with the body after it, joined by "and" or commas; the first body is the role's. */
function titlesFrom(input: EnPersonInput, from: number): Finding | null {
  const { text } = input
  const f: Finding = { roles: [], body: null, cppcc: false, before: false }
  let at = from
  for (;;) {
    const cppcc = CPPCC.exec(text.slice(at, at + 8))
    const t = titleAt(input, at + (cppcc?.[0].length ?? 0))
    // A title right before another name is that name's (A, Vice Chairmen B and C).
    if (!t || input.names.some((n) => n.start > t.end && /^\s+$/.test(text.slice(t.end, n.start)))) break
    f.roles.push(t.role)
    at = t.end
    const c = CONNECTOR.exec(text.slice(at, at + 90))
    const body = c ? bodyAt(input, at + c[0].length) : null
    if (body) { f.body ??= body; at = body.end }
    else if (cppcc) {
      // "a CPPCC member of Shanghai": the CPPCC of that place, as the page names it.
      f.cppcc = true
      const of = /^\s+of\s+/.exec(text.slice(at, at + 8))
      const place = of ? input.places.find((p) => p.start === at + of[0].length) : undefined
      const name = place ? input.nameOf(`en:cppcc|${place.division!.name}`) : undefined
      if (place && name) { f.body ??= input.bodies.find((b) => b.key === `en:cppcc|${place.division!.name}`) ?? null; at = place.end }
    }
    const next = NEXT_TITLE.exec(text.slice(at, at + 12))
    if (!next || !titleAt(input, at + next[0].length) && !CPPCC.test(text.slice(at + next[0].length, at + next[0].length + 8))) break
    at += next[0].length
  }
  return f.roles.length ? f : null
}

/** A title or credit before a name: "spokesperson Liu Jieyi", "Chairman of BODY Qiu Shuhong", "Photo by Li Wenke". */
function before(input: EnPersonInput, start: number): Finding | null {
  const { text, lex } = input
  const head = text.slice(Math.max(0, start - 160), start)
  const body = input.bodies.find((b) => b.end <= start && /^\s+$/.test(text.slice(b.end, start)))
  if (body) {
    const m = new RegExp(`${lex.roleBefore.source.replace(/\\s\+\$$/, '')}${CONNECTOR.source.slice(1)}$`, 'i').exec(text.slice(Math.max(0, body.start - 160), body.start))
    if (m) return { roles: [singular(input, m[1]!)], body, cppcc: false, before: true }
  }
  // A title of a body the grammar does not name (Chairman of municipal CCPCC Sha Zhihua): the title alone.
  const loose = new RegExp(`${lex.roleBefore.source.replace(/\\s\+\$$/, '')}\\s+of\\s+(?:the\\s+)?(?:[A-Za-z]+\\s+){1,3}$`, 'i').exec(head)
  if (loose && !input.bodies.some((b) => b.start < start && b.end > start - loose[0].length)) return { roles: [singular(input, loose[1]!)], body: null, cppcc: false, before: true }
  const r = lex.roleBefore.exec(head)
  if (r) {
    const roleStart = start - r[0].length
    const own = input.bodies.find((b) => b.end <= roleStart && /^\s+$/.test(text.slice(b.end, roleStart))) ?? null
    return { roles: [singular(input, r[1]!)], body: own, cppcc: /(?<![A-Za-z])CPPCC\s+$/.test(text.slice(Math.max(0, roleStart - 8), roleStart)), before: true }
  }
  const c = lex.creditBefore.exec(head)
  if (c) return { roles: [lex.credits.get(c[1]!.toLowerCase().replace('：', ':'))!], body: null, cppcc: false, before: true }
  return null
}

const singular = (input: EnPersonInput, written: string) => {
  const w = written.toLowerCase().replace(/\s+/g, ' ')
  return input.lex.roles.get(w)?.singular ?? w
}
