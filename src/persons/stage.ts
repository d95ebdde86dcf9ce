import { append, span } from '../doc/doc.js'
import type { Stage } from '../pipeline/stage.js'
import type { Person } from '../schema/result.js'
import { recognizeNames } from './recognize.js'
import { listGroups, rolesOf } from './roles.js'
import { findStatements } from './statements.js'

/**
 * Stage: persons — one entity per name with all its mentions, the roles the text gives, the body of
 * the role and CPPCC membership — and statements (who said or suggested what).
 */
export const personsStage: Stage = {
  name: 'persons',
  run(doc, draft) {
    const strong = new Set(doc.articles.flatMap((a) => a.byline))
    const names = recognizeNames(doc, strong)
    const byName = new Map<string, Person>()
    for (const group of listGroups(doc, names)) {
      const found = group.map((m) => rolesOf(doc, m))
      // A role before the first name or after the last one of a list applies to every name in it.
      const first = found[0]!
      const last = found.at(-1)!
      group.forEach((m, i) => {
        let f = found[i]!
        if (f.roles.length === 0 && group.length > 1) f = last.roles.length && i < group.length - 1 ? last : first
        const key = m.key ?? m.name
        let p = byName.get(key)
        if (!p) {
          p = { name: m.name, roles: [], org: null, cppccMember: false, mentions: [], source: m.rule }
          byName.set(key, p)
        }
        for (const r of f.roles) if (!p.roles.includes(r)) p.roles.push(r)
        p.org ??= f.org?.name ?? null
        p.cppccMember ||= f.cppcc
        p.mentions.push(span(doc, m.start, m.end))
      })
    }
    append(draft.persons, byName.values())
    append(draft.statements, findStatements(doc, names))
  },
}
