import { append, groupMentions, perDoc } from '../doc/doc.js'
import type { Stage } from '../pipeline/stage.js'
import { abbreviationMentions } from './abbreviations.js'
import { findPlaceMentions } from './extract.js'
import { loadGazetteer } from './gazetteer.js'
import { resolvePlaces } from './resolve.js'

/** Place mentions of a document (found and resolved once, shared with the committee and person stages). */
export const placeMentions = perDoc((doc) => {
  const ms = findPlaceMentions(doc)
  resolvePlaces(doc, ms)
  const abbreviations = abbreviationMentions(doc, loadGazetteer().province, ms)
  return abbreviations.length ? [...ms, ...abbreviations].sort((a, b) => a.start - b.start) : ms
})

/** Stage: places — one entity per division with all its mentions, in order of first mention. */
export const placesStage: Stage = {
  name: 'places',
  run(doc, draft) {
    const places = groupMentions(doc, placeMentions(doc), (m) => m.division, (m) => {
      const d = m.division!
      return { name: d.name, level: d.level, code: d.code, parent: d.parent?.name ?? null, mentions: [], source: m.rule }
    })
    append(draft.places, places)
  },
}
