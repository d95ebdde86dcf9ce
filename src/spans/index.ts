import type { Mapped } from '../normalize/offset-map.js'
import { toOriginal } from '../normalize/offset-map.js'
import type { Span } from '../schema/result.js'
import { articleAt, type Range, type Structure } from '../structure/types.js'

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
 * English finding whose span overlaps a Chinese one is the same thing found twice and is left out; of two English
 * findings that overlap (a currency word two numbers both reach: 2019 RMB260 million), the longer is kept, the
 * first where they are as long.
 */
export function joinFindings<T extends { span: Span }>(chinese: readonly T[], english: readonly T[]): T[] {
  if (english.length === 0) return chinese as T[]
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end
  const fresh: T[] = []
  for (const e of [...english].sort((a, b) => a.span.start - b.span.start)) {
    if (chinese.some((c) => overlaps(c.span, e.span))) continue
    const last = fresh.at(-1)
    if (!last || !overlaps(last.span, e.span)) fresh.push(e)
    // Of two that overlap, the longer: the word they share reads with it (2019 RMB260 million: RMB260 million).
    else if (e.span.end - e.span.start > last.span.end - last.span.start) fresh[fresh.length - 1] = e
  }
  return [...chinese, ...fresh].sort((a, b) => a.span.start - b.span.start)
}
