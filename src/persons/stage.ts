import { defineStage } from '../pipeline/stage.js'
import type { Person } from '../schema/result.js'
import { spanMaker } from '../spans/index.js'
import { recognizeNames } from './recognize.js'
import { listGroups, rolesOf, type RoleInput } from './roles.js'
import { findStatements } from './statements.js'

/**
 * Stage: person names, and the persons — one per name with all its mentions, the roles the text gives,
 * the body of the role and CPPCC membership — and statements (who said or suggested what).
 */
export const personsStage = defineStage({
  name: 'persons',
  needs: ['text', 'structure', 'tokens', 'placeMentions', 'bodyMentions'],
  provides: ['names', 'persons', 'statements'],
  run(doc, res) {
    const text = doc.get('text')
    const structure = doc.get('structure')
    const bodies = doc.get('bodyMentions')
    const span = spanMaker(doc.input, text, structure)
    const strong = new Set(structure.articles.flatMap((a) => a.byline))
    const names = recognizeNames({ text: text.text, tokens: doc.get('tokens'), places: doc.get('placeMentions'), bodies }, res.persons, strong)
    const roleInput: RoleInput = { text: text.text, structure, bodies, lex: res.persons }
    const byName = new Map<string, Person>()
    for (const group of listGroups(text.text, names)) {
      const found = group.map((m) => rolesOf(roleInput, m))
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
        p.mentions.push(span(m.start, m.end))
      })
    }
    return { names, persons: [...byName.values()], statements: findStatements(text.text, structure, span, res.persons, names) }
  },
})
