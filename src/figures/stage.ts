import { append } from '../doc/doc.js'
import type { Stage } from '../pipeline/stage.js'
import { findFigures } from './extract.js'

/** Stage: figures, in text order, skipping paragraphs the page prints twice. */
export const figuresStage: Stage = {
  name: 'figures',
  run(doc, draft) {
    const dup = doc.paragraphs.filter((p) => p.duplicate)
    append(draft.figures, findFigures(doc).filter((f) => !dup.some((p) => f.span.start >= doc.norm.starts[p.start]! && f.span.end <= doc.norm.ends[p.end - 1]!)))
  },
}
