/**
 * The span indexes (src/spans: overlapsAny, containedIn, Coverage; src/english/place-index) answer as the scans of every
 * span they replaced: hand-checked cases, then random lists against the scan.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { placeIndex } from '../../src/english/place-index.js'
import { spacesBefore } from '../../src/text/chars.js'
import type { PlaceMention } from '../../src/places/types.js'
import { containedIn, Coverage, overlapsAny } from '../../src/spans/index.js'

type S = { start: number; end: number }
const s = (start: number, end: number): S => ({ start, end })
const overlap = (a: S, b: S) => a.start < b.end && b.start < a.end
const place = (start: number, end: number, name: string) => ({ start, end, name }) as unknown as PlaceMention
const nonEmpty = fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 12 })).map(([a, n]) => s(a, a + n))

describe('overlapsAny and containedIn', () => {
  it.each([
    [s(0, 3), true, true], [s(3, 5), false, false], [s(2, 4), true, false], [s(5, 7), true, true], [s(9, 12), false, false],
  ])('%o against [0,3) and [5,9): overlaps %s, inside %s', (x, over, inside) => {
    expect(overlapsAny([s(5, 9), s(0, 3)])(x)).toBe(over)
    expect(containedIn([s(5, 9), s(0, 3)])(x)).toBe(inside)
  })
  it('answers as the scan of every span', () => {
    fc.assert(fc.property(fc.array(nonEmpty), nonEmpty, (spans, x) => {
      expect(overlapsAny(spans)(x)).toBe(spans.some((b) => overlap(b, x)))
      expect(containedIn(spans)(x)).toBe(spans.some((b) => b.start <= x.start && x.end <= b.end))
    }))
  })
})

describe('Coverage of a growing list', () => {
  it('overlaps a span that shares a unit with one added, not one that only touches it', () => {
    const c = new Coverage(20)
    c.add(s(4, 8))
    expect([c.overlaps(s(0, 4)), c.overlaps(s(7, 10)), c.overlaps(s(8, 12)), c.overlaps(s(5, 6))]).toEqual([false, true, false, true])
  })
  it('answers as the scan of the spans added', () => {
    fc.assert(fc.property(fc.array(nonEmpty), (spans) => {
      const c = new Coverage(80)
      const kept: S[] = []
      for (const x of spans) {
        expect(c.overlaps(x)).toBe(kept.some((k) => overlap(k, x)))
        if (!c.overlaps(x)) { kept.push(x); c.add(x) }
      }
    }))
  })
})

describe('placeIndex', () => {
  const places = [place(10, 15, 'b'), place(0, 5, 'a'), place(10, 12, 'c'), place(20, 24, 'd'), place(3, 5, 'e')]
  const ix = placeIndex(places)
  const name = (q: PlaceMention | undefined) => (q as unknown as { name: string } | undefined)?.name
  it('gives the first listed place at a start that passes the test', () => {
    expect(name(ix.firstStartingAt(10, () => true))).toBe('b')
    expect(name(ix.firstStartingAt(10, (q) => q.end === 12))).toBe('c')
    expect(ix.firstStartingAt(11, () => true)).toBeUndefined()
  })
  it('gives the first listed place ending in a stretch', () => {
    expect(name(ix.firstEndingIn(5, 16, () => true))).toBe('b')
    expect(name(ix.firstEndingIn(4, 6, () => true))).toBe('a')
    expect(name(ix.firstEndingIn(4, 6, (q) => q.start === 3))).toBe('e')
    expect(ix.firstEndingIn(6, 12, () => true)).toBeUndefined()
  })
  it('tells whether a place starts in a stretch', () => {
    expect(ix.someStartingIn(11, 20, () => true)).toBe(false)
    expect(ix.someStartingIn(11, 21, () => true)).toBe(true)
    expect(ix.someStartingIn(0, 30, (q) => q.end === 13)).toBe(false)
  })
  it.each([['Hebei  Shijiazhuang', 7, 5], ['Hebei Shijiazhuang', 5, 5], [' x', 1, 0], ['a\n\t b', 4, 1]])('the spaces before %j at %i begin at %i', (text, at, from) => {
    expect(spacesBefore(text, at)).toBe(from)
  })
})
