import { defineStage } from '../pipeline/stage.js'
import { joinFindings, spanMaker } from '../spans/index.js'
import { findFigures } from './extract.js'

/** Stage: figures, in text order, skipping paragraphs the page prints twice; the English paragraphs' join them. */
export const figuresStage = defineStage({
  name: 'figures',
  needs: ['text', 'structure', 'tokens', 'placeMentions', 'english'],
  provides: ['figures'],
  run(doc, res) {
    const text = doc.get('text')
    const structure = doc.get('structure')
    const dup = new Uint8Array(text.text.length + 1)
    for (const p of structure.paragraphs) if (p.duplicate) dup.fill(1, p.start, p.end)
    const places = doc.get('placeMentions')
    // Divisions named on the page: their short forms elsewhere on it are names too (三台 of 三台县).
    const named = new Set(places.map((p) => p.division))
    const inDivisionName = (pos: number) => {
      for (let k = 0; k <= 2 && k <= pos; k++) {
        for (const [end, forms] of res.gazetteer.forms.matchesAt(text.text, pos - k)) {
          if (end > pos && forms.some((f) => !f.short || named.has(f.division))) return true
        }
      }
      return false
    }
    const all = findFigures({ text: text.text, tokens: doc.get('tokens'), places, span: spanMaker(doc.input, text, structure), inDivisionName, isWord: (w) => res.segmentation.lexicon.has(w), titleAt: (pos) => res.persons.roleAt(text.text, pos) !== undefined }, res.figures, res.numerals)
    // Spans are in original offsets; a figure's normalized start is found again through its own start.
    const chinese = all.filter((f) => !dup[f.normStart]).map(({ normStart: _, ...f }) => f)
    return { figures: joinFindings(chinese, doc.get('english').figures) }
  },
})
