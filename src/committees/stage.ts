import { append, span, type Doc } from '../doc/doc.js'
import type { Stage } from '../pipeline/stage.js'
import type { Committee } from '../schema/result.js'
import { findCommitteeMentions, type CommitteeMention } from './extract.js'

const cache = new WeakMap<Doc, CommitteeMention[]>()

/** Committee mentions of a document, found once and shared with the person stage. */
export function committeeMentions(doc: Doc): CommitteeMention[] {
  let ms = cache.get(doc)
  if (!ms) { ms = findCommitteeMentions(doc); cache.set(doc, ms) }
  return ms
}

/** Stage: committees and public bodies, one entity per canonical name with all its mentions. */
export const committeesStage: Stage = {
  name: 'committees',
  run(doc, draft) {
    const byName = new Map<string, Committee>()
    for (const m of committeeMentions(doc)) {
      let c = byName.get(m.name)
      if (!c) {
        c = { name: m.name, kind: m.kind, region: m.region, term: m.term, session: m.session, mentions: [], source: m.rule }
        byName.set(m.name, c)
      }
      c.term ??= m.term
      c.session ??= m.session
      c.mentions.push(span(doc, m.start, m.end))
    }
    append(draft.committees, byName.values())
  },
}
