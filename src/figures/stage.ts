import { defineStage } from '../pipeline/stage.js'
import { spanMaker } from '../spans/index.js'
import { findFigures } from './extract.js'

/** Stage: figures, in text order, skipping paragraphs the page prints twice. */
export const figuresStage = defineStage({
  name: 'figures',
  needs: ['text', 'structure', 'tokens'],
  provides: ['figures'],
  run(doc, res) {
    const text = doc.get('text')
    const structure = doc.get('structure')
    const dup = new Uint8Array(text.text.length + 1)
    for (const p of structure.paragraphs) if (p.duplicate) dup.fill(1, p.start, p.end)
    const all = findFigures(text.text, doc.get('tokens'), spanMaker(doc.input, text, structure), res.units, res.numerals)
    // Spans are in original offsets; a figure's normalized start is found again through its own start.
    return { figures: all.filter((f) => !dup[f.normStart]).map(({ normStart: _, ...f }) => f) }
  },
})
