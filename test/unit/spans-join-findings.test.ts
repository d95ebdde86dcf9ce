/**
 * joinFindings (src/spans): the English findings of a mixed page join the Chinese ones, those that overlap a Chinese
 * finding left out, but a Chinese finding inside a longer English one gives way to it (more than 5%: the Chinese grammar
 * reads only the 5%). The overlap and inside tests read the spans sorted, with the furthest end so far; the truth here is
 * the definition they replaced, every English finding compared with every Chinese one.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Span } from '../../src/schema/result.js'
import { joinFindings } from '../../src/spans/index.js'

type F = { span: Span; id: string }
const at = (id: string, start: number, end: number): F => ({ id, span: { start, end, text: '', article: 0 } })
const ids = (fs: readonly F[]) => fs.map((f) => f.id)

/**
 * The definition: a Chinese finding inside a longer English one (it starts at or after the English one's start and ends
 * at or before its end, not the same span) gives way; an English finding is left out where any Chinese finding kept
 * overlaps it; of two English findings that overlap, the longer, the first if as long.
 */
function byDefinition(chinese: readonly F[], english: readonly F[]): F[] {
  if (english.length === 0) return [...chinese]
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end
  const inside = (c: Span, e: Span) => e.start <= c.start && c.end <= e.end && (e.start < c.start || c.end < e.end)
  const kept = chinese.filter((c) => !english.some((e) => inside(c.span, e.span)))
  const fresh: F[] = []
  for (const e of [...english].sort((a, b) => a.span.start - b.span.start)) {
    if (kept.some((c) => overlaps(c.span, e.span))) continue
    const last = fresh.at(-1)
    if (!last || !overlaps(last.span, e.span)) fresh.push(e)
    else if (e.span.end - e.span.start > last.span.end - last.span.start) fresh[fresh.length - 1] = e
  }
  return [...kept, ...fresh].sort((a, b) => a.span.start - b.span.start)
}

describe('joinFindings', () => {
  // 全国政协委员 John Smith 2019年 RMB260 million: positions as on such a line.
  it.each<[string, F[], F[], string[]]>([
    ['no English findings: the Chinese as they are', [at('c1', 0, 4), at('c2', 10, 15)], [], ['c1', 'c2']],
    ['an English finding inside a Chinese one is the same thing found twice', [at('c1', 0, 10)], [at('e1', 2, 6)], ['c1']],
    ['one that touches a Chinese finding only at its end is another', [at('c1', 0, 10)], [at('e1', 10, 14)], ['c1', 'e1']],
    ['one overlapped by a long Chinese finding that starts well before it (the furthest end so far)', [at('c1', 0, 30), at('c2', 5, 8)], [at('e1', 20, 25)], ['c1', 'c2']],
    ['one between Chinese findings, in order of position', [at('c2', 20, 24), at('c1', 0, 4)], [at('e1', 8, 12)], ['c1', 'e1', 'c2']],
    ['of two English findings that overlap, the longer (2019 RMB260 million)', [], [at('e1', 0, 9), at('e2', 5, 21)], ['e2']],
    ['of two as long, the first', [], [at('e1', 0, 6), at('e2', 3, 9)], ['e1']],
    ['a Chinese finding inside a longer English one gives way to it (more than 5%)', [at('c1', 10, 12)], [at('e1', 0, 12)], ['e1']],
    ['…at its start too, and only that one (more than 5% … 6%)', [at('c1', 0, 2), at('c2', 20, 22)], [at('e1', 0, 12)], ['e1', 'c2']],
    ['one of the same span stays Chinese', [at('c1', 5, 9)], [at('e1', 5, 9)], ['c1']],
    ['an empty Chinese span inside an English finding gives way to it too', [at('c1', 5, 5)], [at('e1', 2, 8)], ['e1']],
  ])('%s', (_, chinese, english, expected) => {
    expect(ids(joinFindings(chinese, english))).toEqual(expected)
  })

  const finding = (prefix: string) =>
    fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 12 })).map(([s, n]) => ({ prefix, s, n }))
  it('answers as the comparison of every pair, on random findings', () => {
    fc.assert(
      fc.property(fc.array(finding('c'), { maxLength: 20 }), fc.array(finding('e'), { maxLength: 20 }), (cs, es) => {
        const chinese = cs.map((x, i) => at(`c${i}`, x.s, x.s + x.n))
        const english = es.map((x, i) => at(`e${i}`, x.s, x.s + x.n))
        expect(ids(joinFindings(chinese, english))).toEqual(ids(byDefinition(chinese, english)))
      }),
      { numRuns: 500 },
    )
  })
})
