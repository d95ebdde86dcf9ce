import type { PlaceMention } from '../places/types.js'
import { partitionPoint } from '../text/bisect.js'

/** The marks that end a sentence (and so begin the next). */
export const SENTENCE_END = /[。；;！？!?\n]/

/** Where the sentence that holds `at` begins: right after the last sentence mark before it, or 0. */
export function sentenceStart(text: string, at: number): number {
  let s = at
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--
  return s
}

/**
 * The mentions resolved to a division that lie inside [from, to), `ms` in the order of the text: the first found by
 * bisection, the others read in order, so that a stage that asks for many short ranges stays linear in the page.
 */
export function placesIn(ms: readonly PlaceMention[], from: number, to: number): PlaceMention[] {
  const out: PlaceMention[] = []
  for (let k = partitionPoint(ms.length, (j) => ms[j]!.start < from); k < ms.length && ms[k]!.end <= to; k++) if (ms[k]!.division) out.push(ms[k]!)
  return out
}
