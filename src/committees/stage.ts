import { append, groupMentions, perDoc } from '../doc/doc.js'
import type { Stage } from '../pipeline/stage.js'
import { findCommitteeMentions } from './extract.js'

/** Committee mentions of a document, found once and shared with the person stage. */
export const committeeMentions = perDoc(findCommitteeMentions)

/** Stage: committees and public bodies, one entity per canonical name with all its mentions. */
export const committeesStage: Stage = {
  name: 'committees',
  run(doc, draft) {
    const committees = groupMentions(
      doc,
      committeeMentions(doc),
      (m) => m.name,
      (m) => ({ name: m.name, kind: m.kind, region: m.region, term: m.term, session: m.session, mentions: [], source: m.rule }),
      (c, m) => { c.term ??= m.term; c.session ??= m.session },
    )
    append(draft.committees, committees)
  },
}
