import { defineStage } from '../pipeline/stage.js'
import { dropControls } from './01-controls.js'
import { stripMarkup } from './02-markup.js'
import { dropReadings } from './03-readings.js'
import { foldWidth } from './04-width.js'
import { foldVariants } from './05-variants.js'
import { dropCjkSpaces } from './06-spaces.js'
import { joinBrokenLines } from './07-linebreaks.js'
import { joinBrokenDates } from './08-date-breaks.js'
import { identity, type Mapped } from './offset-map.js'
import type { NormalizeResources, NormalizeStep, RawWarning } from './types.js'

export type { Mapped } from './offset-map.js'
export { toOriginal } from './offset-map.js'
export type { RawWarning } from './types.js'

/** The repair steps, in order. Each maps back to the original input through the previous one. */
export const NORMALIZE_STEPS: readonly NormalizeStep[] = [dropControls, stripMarkup, dropReadings, foldWidth, foldVariants, dropCjkSpaces, joinBrokenLines, joinBrokenDates]

/** Repairs noisy page text; the result maps every unit back to the original input. */
export function normalize(input: string, res: NormalizeResources): { mapped: Mapped; warnings: RawWarning[] } {
  let mapped = identity(input)
  const warnings: RawWarning[] = []
  for (const step of NORMALIZE_STEPS) {
    const r = step(mapped, res)
    mapped = r.out
    for (const w of r.warnings) warnings.push(w)
  }
  return { mapped, warnings }
}

/** Stage: the repaired text (up to maxLength units of the input, with a warning beyond). */
export const normalizeStage = defineStage({
  name: 'normalize',
  needs: [],
  provides: ['text'],
  run(doc, res) {
    let input = doc.input
    const max = doc.options.maxLength
    if (input.length > max) {
      doc.warn({ code: 'W_TRUNCATED', message: `input of ${input.length} units analysed up to maxLength ${max}`, start: max, end: input.length })
      input = input.slice(0, max)
    }
    const { mapped, warnings } = normalize(input, res.normalize)
    for (const w of warnings) doc.warn(w)
    if (input.trim() === '') doc.warn({ code: 'W_EMPTY', message: 'the input has no text' })
    return { text: mapped }
  },
})
