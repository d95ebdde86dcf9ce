import type { BodyMention } from '../committees/types.js'
import type { PlaceMention } from '../places/types.js'
import { articleAt, sentenceAt, type Structure } from '../structure/types.js'
import { partitionPoint } from '../text/bisect.js'

/**
 * The bodies and places of one document indexed once, for roles.ts: a name reads the bodies of its
 * article or sentence, never every body of the page (a page of thousands of names and bodies would
 * otherwise take time in the square of its length).
 */
export type Nearby = {
  /** The last body of `kind` in the article of `pos` that ends by `pos`, else the article's first of that kind. */
  bodyOfKind(kind: string, pos: number): BodyMention | null
  /**
   * The body of `kind` the article of `pos` is about: the one it names more than twice as often as the one
   * `bodyOfKind` gives (省政协 of a report on its session, not the 绥化市政协 of a title just before), else that one.
   */
  mainOfKind(kind: string, pos: number): BodyMention | null
  /** Of the bodies of `kinds` in the article of `pos`, the one ending last by `pos`. */
  lastOfKinds(kinds: readonly string[], pos: number): BodyMention | null
  /** The body ending nearest before `pos` in its sentence (the first listed, on a tie); of one of `kinds` where given. */
  bodyInSentence(pos: number, kinds?: readonly string[]): BodyMention | null
  /** The body ending last by `pos` in the article of `pos`. */
  bodyBefore(pos: number): BodyMention | null
  /** The body ending last by `pos` in the article of `pos` whose name ends with `organ` (统战部 → 临沂市委统战部). */
  bodyWithOrgan(organ: string, pos: number): BodyMention | null
  /** The first resolved place ending at `end`. */
  placeEndingAt(end: number): PlaceMention | undefined
}

// How many times as often as the last body of its kind the body an article is about is named, at least (more).
const ABOUT_RATIO = 2
// The lengths of an organ word written alone for its body (统战部, 宣传部, 发改委, 自然资源局).
const ORGAN_MIN = 2
const ORGAN_MAX = 6

/** One kind of body in one article, in list order, with the least end from each index on (for a binary search). */
type Run = { list: BodyMention[]; minEndFrom: number[] }

/** How many of a run's bodies come before the first one that ends after `pos`: the last i with minEndFrom[i] <= pos, plus one (minEndFrom never decreases). */
function endedBy(run: Run, pos: number): number {
  return partitionPoint(run.list.length, (i) => run.minEndFrom[i]! <= pos)
}

export function nearby(structure: Structure, bodies: readonly BodyMention[], places: readonly PlaceMention[]): Nearby {
  const runs = new Map<string, Run>()
  for (const b of bodies) {
    const key = `${articleAt(structure, b.start)} ${b.kind}`
    let run = runs.get(key)
    if (!run) { run = { list: [], minEndFrom: [] }; runs.set(key, run) }
    run.list.push(b)
  }
  // Filled from the front, without holes (writing the last index first makes a holey array the optimiser handles apart).
  for (const run of runs.values()) {
    run.minEndFrom = run.list.map((b) => b.end)
    for (let i = run.list.length - 2; i >= 0; i--) run.minEndFrom[i] = Math.min(run.minEndFrom[i]!, run.minEndFrom[i + 1]!)
  }
  // Indexes of `bodies` by start (a stable sort keeps list order among equal starts).
  const byStart = bodies.map((_, i) => i).sort((a, b) => bodies[a]!.start - bodies[b]!.start)
  // Indexes of `bodies` by end, for the body ending last by a position.
  const byEnd = bodies.map((_, i) => i).sort((a, b) => bodies[a]!.end - bodies[b]!.end || a - b)
  // Bodies by the last characters of their name (as many as an organ word has), each list by end.
  const bySuffix = new Map<string, BodyMention[]>()
  for (const i of byEnd) {
    const name = bodies[i]!.name
    for (let n = ORGAN_MIN; n <= Math.min(ORGAN_MAX, name.length - 1); n++) {
      const key = name.slice(-n)
      const list = bySuffix.get(key)
      if (list) list.push(bodies[i]!)
      else bySuffix.set(key, [bodies[i]!])
    }
  }
  const placeAt = new Map<number, PlaceMention>()
  for (const p of places) if (p.division && !placeAt.has(p.end)) placeAt.set(p.end, p)
  const bodyOfKind = (kind: string, pos: number): BodyMention | null => {
    const run = runs.get(`${articleAt(structure, pos)} ${kind}`)
    if (!run) return null
    return run.list[endedBy(run, pos) - 1] ?? run.list[0]!
  }
  // How often each run names each body, and the one it names most (the first, on a tie): counted once per run, where asked.
  const counts = new Map<Run, { count: Map<string, number>; top: BodyMention }>()
  return {
    bodyOfKind,
    mainOfKind(kind, pos) {
      const last = bodyOfKind(kind, pos)
      const run = runs.get(`${articleAt(structure, pos)} ${kind}`)
      if (!last || !run) return last
      let c = counts.get(run)
      if (!c) {
        const count = new Map<string, number>()
        for (const b of run.list) count.set(b.name, (count.get(b.name) ?? 0) + 1)
        let top = run.list[0]!
        for (const b of run.list) if (count.get(b.name)! > count.get(top.name)!) top = b
        c = { count, top }
        counts.set(run, c)
      }
      return c.count.get(c.top.name)! > ABOUT_RATIO * c.count.get(last.name)! ? c.top : last
    },
    lastOfKinds(kinds, pos) {
      let best: BodyMention | null = null
      for (const kind of kinds) {
        const run = runs.get(`${articleAt(structure, pos)} ${kind}`)
        if (!run) continue
        const b = run.list[endedBy(run, pos) - 1]
        if (b && b.end <= pos && (!best || b.end > best.end)) best = b
      }
      return best
    },
    bodyInSentence(pos, kinds) {
      const sentence = structure.sentences[sentenceAt(structure, pos)]
      if (!sentence) return null
      // A body that ends by pos starts by it.
      let best = -1
      for (let k = partitionPoint(byStart.length, (j) => bodies[byStart[j]!]!.start < sentence.start); k < byStart.length && bodies[byStart[k]!]!.start <= pos; k++) {
        const i = byStart[k]!
        const b = bodies[i]!
        if (b.end <= pos && (!kinds || kinds.includes(b.kind)) && (best < 0 || b.end > bodies[best]!.end || (b.end === bodies[best]!.end && i < best))) best = i
      }
      return best < 0 ? null : bodies[best]!
    },
    bodyBefore(pos) {
      const n = partitionPoint(byEnd.length, (j) => bodies[byEnd[j]!]!.end <= pos)
      const b = n > 0 ? bodies[byEnd[n - 1]!]! : null
      return b && articleAt(structure, b.start) === articleAt(structure, pos) ? b : null
    },
    bodyWithOrgan(organ, pos) {
      const list = bySuffix.get(organ)
      if (!list) return null
      const b = list[partitionPoint(list.length, (j) => list[j]!.end <= pos) - 1]
      return b && articleAt(structure, b.start) === articleAt(structure, pos) ? b : null
    },
    placeEndingAt: (end) => placeAt.get(end),
  }
}
