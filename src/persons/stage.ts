import { span } from '../doc/doc.js'
import type { Stage } from '../pipeline/stage.js'
import type { Person } from '../schema/result.js'
import { recognizeNames } from './recognize.js'

/** Stage: persons — one entity per name with all its mentions. */
export const personsStage: Stage = {
  name: 'persons',
  run(doc, draft) {
    const strong = new Set(doc.articles.flatMap((a) => a.byline))
    const byName = new Map<string, Person>()
    for (const m of recognizeNames(doc, strong)) {
      let p = byName.get(m.name)
      if (!p) {
        p = { name: m.name, roles: [], org: null, cppccMember: false, mentions: [], source: m.rule }
        byName.set(m.name, p)
      }
      p.mentions.push(span(doc, m.start, m.end))
    }
    draft.persons.push(...byName.values())
  },
}
