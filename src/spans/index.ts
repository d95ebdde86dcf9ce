import type { Mapped } from '../normalize/offset-map.js'
import { toOriginal } from '../normalize/offset-map.js'
import type { Span } from '../schema/result.js'
import { articleAt, type Range, type Structure } from '../structure/types.js'
import { partitionPoint } from '../text/bisect.js'

/** Makes contract Spans from normalized ranges: offsets and text from the ORIGINAL input. */
export type SpanMaker = (start: number, end: number) => Span

export function spanMaker(input: string, text: Mapped, structure: Structure): SpanMaker {
  return (s, e) => {
    const [start, end] = toOriginal(text, s, e)
    return { start, end, text: input.slice(start, end), article: articleAt(structure, s) }
  }
}

/**
 * Groups mentions into entities — one per key, in order of first mention — each entity made by
 * `make` from its first mention, with every mention's span added (and `update` called per mention).
 */
export function groupMentions<M extends Range, K, E extends { mentions: Span[] }>(
  span: SpanMaker,
  mentions: Iterable<M>,
  key: (m: M) => K | null,
  make: (m: M) => E,
  update?: (e: E, m: M) => void,
): E[] {
  const byKey = new Map<K, E>()
  for (const m of mentions) {
    const k = key(m)
    if (k === null) continue
    let e = byKey.get(k)
    if (!e) { e = make(m); byKey.set(k, e) }
    update?.(e, m)
    e.mentions.push(span(m.start, m.end))
  }
  return [...byKey.values()]
}

/**
 * Findings of the Chinese grammar joined by those of the English paragraphs, in order of position; an
 * English finding whose span overlaps a Chinese one is the same thing found twice and is left out, but one that holds
 * a Chinese one and more is that one read with the words around it (more than 5%: the Chinese grammar reads only the
 * 5%) and stands for it; of two English findings that overlap (a currency word two numbers both reach: 2019 RMB260
 * million), the longer is kept, the first where they are as long.
 */
export function joinFindings<T extends { span: Span }>(chinese: readonly T[], english: readonly T[]): T[] {
  if (english.length === 0) return chinese as T[]
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end
  const inEnglish = insideLonger(english.map((e) => e.span))
  const kept = chinese.filter((c) => !inEnglish(c.span))
  const overlapsChinese = overlapsAny(kept.map((c) => c.span))
  const fresh: T[] = []
  for (const e of [...english].sort((a, b) => a.span.start - b.span.start)) {
    if (overlapsChinese(e.span)) continue
    const last = fresh.at(-1)
    if (!last || !overlaps(last.span, e.span)) fresh.push(e)
    // Of two that overlap, the longer: the word they share reads with it (2019 RMB260 million: RMB260 million).
    else if (e.span.end - e.span.start > last.span.end - last.span.start) fresh[fresh.length - 1] = e
  }
  return [...kept, ...fresh].sort((a, b) => a.span.start - b.span.start)
}

/**
 * Whether a span overlaps any of `spans`, in a binary search (a page of many findings in both languages would
 * otherwise compare every pair). The spans are sorted by start, each with the furthest end of those up to it: a span
 * [s, e) overlaps one of them exactly when one that starts before e ends after s.
 */
export function overlapsAny(spans: readonly Range[]): (s: Range) => boolean {
  const { byStart, reachBefore } = reaching(spans)
  return (s) => reachBefore(partitionPoint(byStart.length, (i) => byStart[i]!.start < s.end)) > s.start
}

/**
 * Whether a span lies inside a longer one of `spans` (from at or before its start to at or after its end, not the same
 * span), in a binary search as `overlapsAny`: one that starts at or before it reaches past its end, or one that starts
 * before it reaches its end.
 */
function insideLonger(spans: readonly Range[]): (s: Range) => boolean {
  const { byStart, reachBefore } = reaching(spans)
  const upTo = (s: Range, strict: boolean) => reachBefore(partitionPoint(byStart.length, (i) => (strict ? byStart[i]!.start < s.start : byStart[i]!.start <= s.start)))
  return (s) => upTo(s, false) > s.end || upTo(s, true) >= s.end
}

/** The spans sorted by start, and the furthest end of the first k of them (-1 for none). */
function reaching<R extends Range>(spans: readonly R[]): { byStart: R[]; reachBefore: (k: number) => number } {
  const byStart = [...spans].sort((a, b) => a.start - b.start)
  const reach: number[] = []
  for (const x of byStart) reach.push(Math.max(reach[reach.length - 1] ?? x.end, x.end))
  return { byStart, reachBefore: (k) => (k > 0 ? reach[k - 1]! : -1) }
}

/**
 * Whether a span lies inside one of `ranges`, by a binary search over them sorted by start and the
 * furthest end among each prefix: a look-up per name, not a scan of every body (archives hold thousands).
 */
export function containedIn(ranges: readonly Range[]): (s: Range) => boolean {
  const { byStart, reachBefore } = reaching(ranges)
  return (x) => reachBefore(partitionPoint(byStart.length, (i) => byStart[i]!.start <= x.start)) >= x.end
}

/**
 * The units of a text that a growing list of spans covers, for keeping the spans that overlap none kept before
 * (the longest reading of each stretch first): a look-up reads the span's own units, not the list. Exact for spans
 * of at least one unit.
 */
export class Coverage {
  private readonly covered: Uint8Array

  constructor(length: number) {
    this.covered = new Uint8Array(length)
  }

  add(s: Range): void {
    this.covered.fill(1, s.start, s.end)
  }

  overlaps(s: Range): boolean {
    for (let k = s.start; k < s.end; k++) if (this.covered[k]) return true
    return false
  }
}
