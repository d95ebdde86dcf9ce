import { describe, expect, it } from 'vitest'
import { ATTRIBUTES, fixtures, hasPdNer, LISTS, pdPersonScore, prf, scoreSet, type Attribute, type Fixture, type ListName } from './eval/score.js'
import { analyzer } from './helpers.js'

/**
 * Floors against hand-made gold: the five sample pages (shared/gold), the development pages (real pages
 * the library was not written from, annotated twice and reconciled: test/fixtures/dev-pages), their
 * held-out part (never read for errors), and the English pages. Raise a floor when the library beats it.
 */
type Floors = { lists: Record<ListName, number>; attrs: Partial<Record<Attribute, number>>; topics?: number }
const SETS: Array<[string, () => Fixture[], Floors]> = [
  // Sample places and figures sit one record below their best: the general rules find 台湾省 in 港澳台侨 (002)
  // and the duration 五年来 (003), which the sample gold leaves out.
  ['sample pages', () => fixtures('sample'), {
    lists: { places: 0.95, committees: 0.91, persons: 0.99, figures: 0.97, dates: 1 },
    attrs: { 'place.level': 1, 'place.parent': 1, 'place.code': 1, 'committee.kind': 1, 'committee.region': 0.95, 'person.roles': 0.98, 'person.org': 0.95, 'person.cppccMember': 1 },
    topics: 0.8,
  }],
  // Floors of the development and held-out pages move with the pages: lowered only where new pages brought the
  // drop, raised where the library beats them. With pages 173–220 (six rounds of new pages, each measured before and
  // after its fixes): dev figures 0.97 → 0.955 (counts with 一 on 177/178, 318(应到359,实到318)位 on 193) and
  // place.parent 1 → 0.995 (哈尔滨's former 太平区 on 219, a name 阜新 still has); held-out places 0.93 → 0.92,
  // committees 0.89 → 0.81, figures 0.94 → 0.915 and person.org 0.82 → 0.80, where the ten pages held out before
  // them lost nothing (committees 0.892, person.org 0.857, roles 0.889 there).
  ['development pages', () => fixtures('dev-pages').filter((f) => f.split === 'dev'), {
    lists: { places: 0.97, committees: 0.95, persons: 0.97, figures: 0.955, dates: 0.99 },
    attrs: { 'place.level': 1, 'place.parent': 0.995, 'place.code': 1, 'committee.kind': 0.985, 'committee.region': 0.985, 'person.roles': 0.97, 'person.org': 0.94, 'person.cppccMember': 0.985 },
  }],
  ['held-out pages', () => fixtures('dev-pages').filter((f) => f.split === 'holdout'), {
    lists: { places: 0.92, committees: 0.81, persons: 0.96, figures: 0.915, dates: 1 },
    attrs: { 'place.level': 1, 'place.parent': 0.98, 'place.code': 1, 'committee.kind': 1, 'committee.region': 1, 'person.roles': 0.92, 'person.org': 0.8, 'person.cppccMember': 0.93 },
  }],
  // English floors lowered with pages 246–253 only: dev figures 0.95 → 0.94, held-out committees 0.81 → 0.78
  // and figures 0.92 → 0.89 (pages 249 and 253); on the pages before them nothing dropped. Pages 260–261 (held out)
  // brought held-out figures 0.89 → 0.86, roles 0.76 → 0.75, org 0.72 → 0.71, cppccMember 0.8 → 0.78 (measured
  // with them before any fix); dev floors raised after the fixes that came with pages 254–259. Pages 262–269
  // brought dev committees 0.951 → 0.936 and person.org 0.963 → 0.882, held-out roles 0.750 → 0.719 (measured
  // with them before any fix; after the fixes 0.949, 0.939 and 0.719): those floors lowered, the others raised.
  ['English pages', () => fixtures('en').filter((f) => f.split === 'dev'), {
    lists: { places: 0.98, committees: 0.945, persons: 0.99, figures: 0.955, dates: 0.97 },
    attrs: { 'place.level': 1, 'place.parent': 1, 'place.code': 1, 'committee.kind': 0.99, 'committee.region': 1, 'person.roles': 0.96, 'person.org': 0.935, 'person.cppccMember': 0.975 },
  }],
  ['English held-out pages', () => fixtures('en').filter((f) => f.split === 'holdout'), {
    lists: { places: 0.99, committees: 0.87, persons: 1, figures: 0.87, dates: 1 },
    attrs: { 'place.level': 1, 'place.parent': 1, 'place.code': 1, 'committee.kind': 0.94, 'committee.region': 1, 'person.roles': 0.715, 'person.org': 0.775, 'person.cppccMember': 0.87 },
  }],
]
const PD_PERSON_FLOOR = 0.86

describe.each(SETS)('acceptance: %s against their gold', (_, load, floors) => {
  const s = scoreSet(load(), (t) => analyzer.analyze(t))

  it.each(LISTS)('%s F1 is at or above its floor', (list) => {
    const x = prf(s.lists[list])
    expect(x.f1, s.misses.filter((m) => m.includes(` ${list}\n`)).join('\n')).toBeGreaterThanOrEqual(floors.lists[list])
  })

  it.each(ATTRIBUTES.filter((a) => floors.attrs[a] !== undefined))('%s agrees on matched entities at or above its floor', (attr) => {
    const x = s.attrs[attr]
    expect(x.agree / x.matched, x.wrong.join(' | ')).toBeGreaterThanOrEqual(floors.attrs[attr]!)
  })

  it.runIf(floors.topics !== undefined)('topics: top-3 tags are gold tags and each page gets its first gold tag', () => {
    expect(s.topics.top3In / s.topics.top3).toBeGreaterThanOrEqual(floors.topics!)
    expect(s.topics.firstOk).toBe(s.topics.pages)
  })
})

describe("acceptance: person names on People's Daily NER (general news)", () => {
  it.runIf(hasPdNer())('span F1 is at or above its floor', () => {
    const s = prf(pdPersonScore((t) => analyzer.analyze(t)))
    expect(s.f1).toBeGreaterThanOrEqual(PD_PERSON_FLOOR)
  })
})
