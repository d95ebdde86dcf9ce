import { append } from '../doc/doc.js'
import type { Stage } from '../pipeline/stage.js'
import { findDates } from './extract.js'

/** Stage: dates, in text order. */
export const datesStage: Stage = {
  name: 'dates',
  run(doc, draft) {
    append(draft.dates, findDates(doc))
  },
}
