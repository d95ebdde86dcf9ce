import { defineStage } from '../pipeline/stage.js'
import { joinFindings, spanMaker } from '../spans/index.js'
import { findDates } from './extract.js'

/** Stage: dates, in text order: numeric ones (2024-03-01, 9月19日) and the English paragraphs' (Feb 19). */
export const datesStage = defineStage({
  name: 'dates',
  needs: ['text', 'structure', 'english'],
  provides: ['dates'],
  run(doc, res) {
    const text = doc.get('text')
    const structure = doc.get('structure')
    const chinese = findDates(text.text, structure, spanMaker(doc.input, text, structure), res.dates, res.numerals)
    return { dates: joinFindings(chinese, doc.get('english').dates) }
  },
})
