import { defineStage } from '../pipeline/stage.js'
import { spanMaker } from '../spans/index.js'
import { findDates } from './extract.js'

/** Stage: dates, in text order. */
export const datesStage = defineStage({
  name: 'dates',
  needs: ['text', 'structure'],
  provides: ['dates'],
  run(doc, res) {
    const text = doc.get('text')
    const structure = doc.get('structure')
    return { dates: findDates(text.text, structure, spanMaker(doc.input, text, structure), res.dates, res.numerals) }
  },
})
