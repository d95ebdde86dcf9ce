import { append, span, type Doc } from '../doc/doc.js'
import type { Stage } from '../pipeline/stage.js'
import type { Place } from '../schema/result.js'
import { findPlaceMentions, type PlaceMention } from './extract.js'
import type { Division } from './gazetteer.js'
import { resolvePlaces } from './resolve.js'

const mentionsOf = new WeakMap<Doc, PlaceMention[]>()

/** Place mentions of a document (found and resolved once, shared with the committee and person stages). */
export function placeMentions(doc: Doc): PlaceMention[] {
  let ms = mentionsOf.get(doc)
  if (!ms) {
    ms = findPlaceMentions(doc)
    resolvePlaces(doc, ms)
    mentionsOf.set(doc, ms)
  }
  return ms
}

/** Stage: places — one entity per division with all its mentions, in order of first mention. */
export const placesStage: Stage = {
  name: 'places',
  run(doc, draft) {
    const byDiv = new Map<Division, Place>()
    for (const m of placeMentions(doc)) {
      const d = m.division
      if (!d) continue
      let p = byDiv.get(d)
      if (!p) {
        p = { name: d.name, level: d.level, code: d.code, parent: d.parent?.name ?? null, mentions: [], source: m.rule }
        byDiv.set(d, p)
      }
      p.mentions.push(span(doc, m.start, m.end))
    }
    append(draft.places, byDiv.values())
  },
}
