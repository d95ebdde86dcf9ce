import type { PlaceMention } from '../places/types.js'
import { partitionPoint } from '../text/bisect.js'

/** The places of a page indexed once by where they start and end: each look-up reads the few places there, not the list. */
export type PlaceIndex = {
  /** The first place in list order that starts at `at` and passes `ok`. */
  firstStartingAt(at: number, ok: (q: PlaceMention) => boolean): PlaceMention | undefined
  /** The first place in list order that ends in [from, to) and passes `ok`. */
  firstEndingIn(from: number, to: number, ok: (q: PlaceMention) => boolean): PlaceMention | undefined
  /** Whether a place that starts in [from, to) passes `ok`. */
  someStartingIn(from: number, to: number, ok: (q: PlaceMention) => boolean): boolean
}

export function placeIndex(places: readonly PlaceMention[]): PlaceIndex {
  // List indexes by start and by end, each in list order.
  const startingAt = new Map<number, number[]>()
  const endingAt = new Map<number, number[]>()
  const add = (ix: Map<number, number[]>, at: number, i: number) => {
    const ids = ix.get(at)
    if (ids) ids.push(i)
    else ix.set(at, [i])
  }
  places.forEach((q, i) => { add(startingAt, q.start, i); add(endingAt, q.end, i) })
  const byStart = [...places].sort((a, b) => a.start - b.start)
  const first = (ids: readonly number[] | undefined, ok: (q: PlaceMention) => boolean) => ids?.find((i) => ok(places[i]!)) ?? -1
  const at = (i: number) => (i < 0 ? undefined : places[i])
  return {
    firstStartingAt: (pos, ok) => at(first(startingAt.get(pos), ok)),
    firstEndingIn(from, to, ok) {
      let best = -1
      for (let e = from; e < to; e++) {
        const i = first(endingAt.get(e), ok)
        if (i >= 0 && (best < 0 || i < best)) best = i
      }
      return at(best)
    },
    someStartingIn(from, to, ok) {
      for (let k = partitionPoint(byStart.length, (j) => byStart[j]!.start < from); k < byStart.length && byStart[k]!.start < to; k++) if (ok(byStart[k]!)) return true
      return false
    },
  }
}
