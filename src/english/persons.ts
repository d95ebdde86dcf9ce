import type { BodyMention } from '../committees/types.js'
import type { Person } from '../schema/result.js'
import type { SpanMaker } from '../spans/index.js'
import type { EnRoles } from './lexicon.js'
import type { EnName } from './names.js'

/**
 * The persons of English names, one per name with its mentions, the roles the text writes beside it
 * (as written, in lower case), the body of the role where "of (the) BODY" follows, and CPPCC membership.
 * A later mention by the surname alone (Ren said) is a mention of the one person with that surname.
 */
export function englishPersons(text: string, names: readonly EnName[], bodies: readonly BodyMention[], lex: EnRoles, span: SpanMaker, nameOf: (key: string) => string): Person[] {
  const byStart = new Map(bodies.map((b) => [b.start, b]))
  const byName = new Map<string, Person>()
  for (const n of names) {
    let p = byName.get(n.name)
    if (!p) { p = { name: n.name, roles: [], org: null, cppccMember: false, mentions: [], source: 'english' }; byName.set(n.name, p) }
    p.mentions.push(span(n.start, n.end))
    const after = lex.after.exec(text.slice(n.end, n.end + 160))
    const before = lex.before.exec(text.slice(Math.max(0, n.start - 60), n.start))
    const written = after ? after[1]!.split(/,\s+|\s+and\s+/) : before ? [before[1]!] : []
    const body = after?.[2] ? byStart.get(n.end + after[0].length) : undefined
    for (const r of written) {
      const role = r.toLowerCase()
      if (!p.roles.includes(role)) p.roles.push(role)
      const info = lex.roles.get(role)
      if (info?.cppcc === 'always' || (info?.cppcc === 'with-body' && (body?.kind === 'cppcc' || body?.kind === 'cppcc-special'))) p.cppccMember = true
    }
    if (body && written.length) p.org ??= nameOf(body.key)
  }
  return [...byName.values()]
}
