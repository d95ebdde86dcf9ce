/**
 * The per-document indexes that keep the places and persons stages linear (places/anchors.ts,
 * persons/near.ts) answer what a scan of the whole page answers: the truth here is the scan each
 * replaced, run on random pages of articles, sentences, bodies, places and divisions.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { BodyMention } from '../../src/committees/types.js'
import { nearby } from '../../src/persons/near.js'
import { Anchors } from '../../src/places/anchors.js'
import { ancestors, isAncestor } from '../../src/places/gazetteer.js'
import { placeMention, type Division } from '../../src/places/types.js'
import { articleAt, sentenceAt, type Structure } from '../../src/structure/types.js'

const LENGTH = 200

/** Articles from cut points (the first at 0) and sentences from ranges with gaps between them. */
const structure = fc
  .tuple(fc.uniqueArray(fc.integer({ min: 1, max: LENGTH - 1 }), { maxLength: 6 }), fc.uniqueArray(fc.integer({ min: 0, max: LENGTH }), { minLength: 2, maxLength: 30 }))
  .map(([cuts, marks]): Structure => {
    const starts = [0, ...cuts.sort((a, b) => a - b)]
    const articles = starts.map((start, i) => ({ start, end: starts[i + 1] ?? LENGTH, title: null, subtitle: null, byline: [], date: null, head: [] }))
    const m = marks.sort((a, b) => a - b)
    const sentences = []
    for (let i = 0; i + 1 < m.length; i += 2) sentences.push({ start: m[i]!, end: m[i + 1]!, article: 0, paragraph: 0, duplicate: false })
    return { articles, paragraphs: [], sentences: sentences.filter((s) => s.end > s.start), year: null }
  })

const range = fc.tuple(fc.integer({ min: 0, max: LENGTH - 1 }), fc.integer({ min: 1, max: 12 })).map(([start, n]) => ({ start, end: Math.min(LENGTH, start + n) }))
// Bodies in any order, nested and overlapping, of three kinds.
const bodies = fc.array(fc.tuple(range, fc.constantFrom('cppcc', 'party', 'government')).map(([r, kind]) => ({ ...r, kind, name: `${kind}@${r.start}` }) as unknown as BodyMention), { maxLength: 25 })

describe('persons/near.ts: the bodies and places near a name', () => {
  it('answers as the scans of every body and place did', () => {
    const division: Division = { code: '2201', name: '长春市', level: 'prefecture', parent: null }
    const places = fc.array(fc.tuple(range, fc.boolean()).map(([r, resolved]) => placeMention(r.start, r.end, [], resolved ? division : null, 'gazetteer')), { maxLength: 10 })
    fc.assert(fc.property(structure, bodies, places, fc.integer({ min: 0, max: LENGTH }), (s, bs, ps, pos) => {
      const near = nearby(s, bs, ps)
      for (const kind of ['cppcc', 'party', 'government']) {
        const inArt = bs.filter((b) => b.kind === kind && articleAt(s, b.start) === articleAt(s, pos))
        expect(near.bodyOfKind(kind, pos)).toBe(inArt.filter((b) => b.end <= pos).at(-1) ?? inArt[0] ?? null)
      }
      const sentence = s.sentences[sentenceAt(s, pos)]
      let best: BodyMention | null = null
      if (sentence) for (const b of bs) if (b.end <= pos && b.start >= sentence.start && (!best || b.end > best.end)) best = b
      expect(near.bodyInSentence(pos)).toBe(best)
      expect(near.placeEndingAt(pos)).toBe(ps.find((p) => p.end === pos && p.division))
    }), { numRuns: 3000 })
  })
})

describe('places/anchors.ts: support from the unambiguous mentions of a page', () => {
  it('sums what the loop over every anchor summed (siblings at half weight), and knows their provinces', () => {
    // Two provinces, each with two prefectures of two counties.
    const divisions: Division[] = []
    for (const p of ['吉林省', '辽宁省']) {
      const province: Division = { code: null, name: p, level: 'province', parent: null }
      divisions.push(province)
      for (const c of ['甲市', '乙市']) {
        const city: Division = { code: null, name: p + c, level: 'prefecture', parent: province }
        divisions.push(city)
        for (const x of ['一县', '二县']) divisions.push({ code: null, name: city.name + x, level: 'county', parent: city })
      }
    }
    const division = fc.constantFrom(...divisions)
    const anchors = fc.array(fc.tuple(range, division).map(([r, d]) => placeMention(r.start, r.end, [], d, 'gazetteer')), { maxLength: 30 })
    fc.assert(fc.property(structure, anchors, division, fc.integer({ min: 0, max: LENGTH }), (s, as, d, pos) => {
      const index = new Anchors(s, as)
      const art = articleAt(s, pos)
      let score = 0
      for (const a of as) {
        const related = a.division === d || isAncestor(a.division!, d) || isAncestor(d, a.division!)
        if (related) score += (articleAt(s, a.start) === art ? 1 : 0.25) * (a.division === d ? 2 : 1)
        // A sibling below a prefecture or county (two counties of one city) weighs half a related anchor.
        const sibling = a.division !== d && a.division!.parent === d.parent && d.parent?.parent
        if (sibling) score += (articleAt(s, a.start) === art ? 1 : 0.25) / 2
      }
      expect(index.support(d, art)).toBe(score)
      const prov = ancestors(d).at(-1)
      if (prov) expect(index.provinces.has(prov)).toBe(as.some((a) => ancestors(a.division!).at(-1) === prov))
    }), { numRuns: 3000 })
  })
})
