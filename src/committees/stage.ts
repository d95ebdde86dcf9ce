import { defineStage } from '../pipeline/stage.js'
import { relativeResolver } from '../regions/home.js'
import { groupMentions, spanMaker } from '../spans/index.js'
import { findCommitteeMentions } from './extract.js'

/** Stage: public body mentions, and the committees, one per body with all its mentions. */
export const committeesStage = defineStage({
  name: 'committees',
  needs: ['text', 'structure', 'tokens', 'placeMentions', 'homes'],
  provides: ['bodyMentions', 'committees'],
  run(doc, res) {
    const text = doc.get('text')
    const structure = doc.get('structure')
    const places = doc.get('placeMentions')
    const relative = relativeResolver(structure, places, doc.get('homes'))
    const bodyMentions = findCommitteeMentions({ text: text.text, tokens: doc.get('tokens'), places, relative }, res.bodies, res.numerals).map((m) => ({ ...m, key: m.name }))
    const committees = groupMentions(
      spanMaker(doc.input, text, structure),
      bodyMentions,
      (m) => m.key,
      (m) => ({ name: m.name, kind: m.kind, region: m.region, term: m.term, session: m.session, mentions: [], source: m.rule }),
      (c, m) => { c.term ??= m.term; c.session ??= m.session },
    )
    return { bodyMentions, committees }
  },
})
