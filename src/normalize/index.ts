import { append } from '../doc/doc.js'
import { dropControls } from './01-controls.js'
import { stripMarkup } from './02-markup.js'
import { foldWidth } from './03-width.js'
import { foldVariants } from './04-variants.js'
import { dropCjkSpaces } from './05-spaces.js'
import { joinBrokenLines } from './06-linebreaks.js'
import { identity, type Mapped } from './offset-map.js'
import type { NormalizeStep, RawWarning } from './types.js'

export type { Mapped } from './offset-map.js'
export { toOriginal } from './offset-map.js'
export type { RawWarning } from './types.js'

/** The repair steps, in order. Each maps back to the original input through the previous one. */
export const NORMALIZE_STEPS: readonly NormalizeStep[] = [dropControls, stripMarkup, foldWidth, foldVariants, dropCjkSpaces, joinBrokenLines]

/** Repairs noisy page text; the result maps every unit back to the original input. */
export function normalize(input: string): { mapped: Mapped; warnings: RawWarning[] } {
  let mapped = identity(input)
  const warnings: RawWarning[] = []
  for (const step of NORMALIZE_STEPS) {
    const r = step(mapped)
    mapped = r.out
    append(warnings, r.warnings)
  }
  return { mapped, warnings }
}
