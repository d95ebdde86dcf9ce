import { describe, expect, it } from 'vitest'
import { ATTRIBUTES, fixtures, hasPdNer, LISTS, pdPersonScore, prf, scoreSet, type Attribute, type Fixture, type ListName } from './eval/score.js'
import { analyzer } from './helpers.js'

/**
 * Floors against hand-made gold: the five sample pages (shared/gold), the development pages (real pages
 * the library was not written from, annotated twice and reconciled: test/fixtures/dev-pages), their
 * held-out part (never read for errors), and the English pages. Raise a floor when the library beats it.
 */
/**
 * `topics`: share of the top three tags that are gold tags, with every page given its first gold tag; `top3`: that
 * share alone; `topicSet`: F1 of the assigned tags against the gold tags, micro over pages.
 */
type Floors = { lists: Record<ListName, number>; attrs: Partial<Record<Attribute, number>>; topics?: number; top3?: number; topicSet?: number }
// Topic floors came with the re-annotated topics of the dev and English pages (all tags that apply, README.md) and
// the tagger that reads lists, nested terms and the threshold 4 (src/topics/score.ts). Before → after on that gold,
// set F1 / top-3: sample 0.887/1 → 0.920/1, dev 0.746/0.800 → 0.810/0.844, held-out 0.750/0.879 → 0.741/0.824 (the
// one set that lost, by one tag in its top threes and one in its sets; its misses were not read), English dev
// 0.702/0.768 → 0.827/0.861, English held-out 0.667/0.706 → 0.789/0.789.
const SETS: Array<[string, () => Fixture[], Floors]> = [
  // Sample places and figures sit below their best: the general rules find 台湾省 in 港澳台侨 (002), the duration
  // 五年来 (003) and the anniversary 十周年 (002), which the sample gold leaves out (dev pages count both kinds).
  ['sample pages', () => fixtures('sample'), {
    lists: { places: 0.95, committees: 0.93, persons: 0.99, figures: 0.985, dates: 1 },
    attrs: { 'place.level': 1, 'place.parent': 1, 'place.code': 1, 'committee.kind': 1, 'committee.region': 0.95, 'person.roles': 0.98, 'person.org': 0.95, 'person.cppccMember': 1 },
    topics: 0.8,
    topicSet: 0.91,
  }],
  // Floors of the development and held-out pages move with the pages: lowered only where new pages brought the
  // drop, raised where the library beats them. With pages 173–220 (six rounds of new pages, each measured before and
  // after its fixes): dev figures 0.97 → 0.955 (counts with 一 on 177/178, 318(应到359,实到318)位 on 193) and
  // place.parent 1 → 0.995 (哈尔滨's former 太平区 on 219, a name 阜新 still has); held-out places 0.93 → 0.92,
  // committees 0.89 → 0.81, figures 0.94 → 0.915 and person.org 0.82 → 0.80, where the ten pages held out before
  // them lost nothing (committees 0.892, person.org 0.857, roles 0.889 there). Pages 239 and 242 (held out, measured
  // with them before any fix) brought held-out committees 0.816 → 0.809 and figures 0.917 → 0.907: floors 0.81 →
  // 0.805 and 0.915 → 0.905; person floors raised after the fixes that came with pages 237–244.
  // Pages 245–252 brought dev place.parent 0.997 → 0.994 (唐河县's 东城街道 on 246, newer than data/divisions.tsv, read as 东营区's), committees
  // 0.953 → 0.949, persons 0.971 → 0.969 and cppccMember 0.986 → 0.985, held-out persons 0.963 → 0.957 (measured
  // with them before any fix); figures raised after the fixes that came with them (numbers in names, sessions,
  // counts of places, ranges).
  // Pages 229–236 (county bodies,
  // measured with them before any fix) brought dev places 0.972 → 0.968 (白云 written short on 229), persons
  // 0.971 → 0.968, roles 0.973 → 0.967, org 0.942 → 0.926 and cppccMember 0.986 → 0.983 (credits and
  // 提案人 on 229–232), held-out committees 0.816 → 0.790 and org 0.804 → 0.796; held-out places and figures
  // raised after their fixes. Pages 221–228 brought held-out person.roles 0.92 → 0.895 (titles on 224 and 226,
  // measured with them before any fix); committees raised after the fixes that came with them (sample 0.917 →
  // 0.932, dev 0.944 → 0.957, held-out 0.800 → 0.811).
  // raised after their fixes.
  // Pages 278–285 (persons of many bodies, measured with them before any fix) brought dev committees 0.948 → 0.941
  // (the chambers of commerce of 281) and topic set F1 0.814 → 0.797, held-out figures 0.955 → 0.948: those floors
  // lowered; person floors raised after the fixes that came with them (county-level cities, visits 一行来我市, candidacies).
  // Pages 270–277 (city and provincial bodies, measured with them before any fix) brought held-out figures
  // 0.955 → 0.949 (held-out pages 272 and 276): floor 0.95 → 0.945; the other floors raised after their fixes.
  // Pages 253–260 (townships and county short forms) brought dev committees 0.949 → 0.944, topics top-3 0.854 → 0.823
  // and set F1 0.812 → 0.794, held-out figures 0.953 → 0.945 (measured with them before any fix); places floors
  // raised after the fixes that came with them (dev 0.971 → 0.980, held-out 0.933 → 0.941).
  ['development pages', () => fixtures('dev-pages').filter((f) => f.split === 'dev'), {
    lists: { places: 0.965, committees: 0.94, persons: 0.965, figures: 0.98, dates: 0.99 },
    attrs: { 'place.level': 1, 'place.parent': 0.99, 'place.code': 1, 'committee.kind': 0.985, 'committee.region': 0.985, 'person.roles': 0.965, 'person.org': 0.92, 'person.cppccMember': 0.98 },
    top3: 0.84,
    topicSet: 0.795,
  }],
  ['held-out pages', () => fixtures('dev-pages').filter((f) => f.split === 'holdout'), {
    lists: { places: 0.92, committees: 0.8, persons: 0.955, figures: 0.94, dates: 1 },
    attrs: { 'place.level': 1, 'place.parent': 0.98, 'place.code': 1, 'committee.kind': 1, 'committee.region': 1, 'person.roles': 0.89, 'person.org': 0.79, 'person.cppccMember': 0.93 },
    top3: 0.7,
    topicSet: 0.6,
  }],
  // English floors lowered with pages 246–253 only: dev figures 0.95 → 0.94, held-out committees 0.81 → 0.78
  // and figures 0.92 → 0.89 (pages 249 and 253); on the pages before them nothing dropped. Pages 260–261 (held out)
  // brought held-out figures 0.89 → 0.86, roles 0.76 → 0.75, org 0.72 → 0.71, cppccMember 0.8 → 0.78 (measured
  // with them before any fix); dev floors raised after the fixes that came with pages 254–259. Pages 262–269
  // brought dev committees 0.951 → 0.936 and person.org 0.963 → 0.882, held-out roles 0.750 → 0.719 (measured
  // with them before any fix; after the fixes 0.949, 0.939 and 0.719): those floors lowered, the others raised.
  // Pages 286–293 brought dev committees to 0.927 (288, 290: bodies not named by the grammar) and held-out
  // persons 1 → 0.986 (pages 292–293), measured with them before any fix; after the fixes dev
  // committees 0.942 and held-out persons 0.986: those two floors lowered, the others raised where the library beats them.
  ['English pages', () => fixtures('en').filter((f) => f.split === 'dev'), {
    lists: { places: 0.98, committees: 0.94, persons: 0.99, figures: 0.965, dates: 0.97 },
    attrs: { 'place.level': 1, 'place.parent': 1, 'place.code': 1, 'committee.kind': 0.99, 'committee.region': 1, 'person.roles': 0.965, 'person.org': 0.94, 'person.cppccMember': 0.975 },
    top3: 0.8,
    topicSet: 0.75,
  }],
  ['English held-out pages', () => fixtures('en').filter((f) => f.split === 'holdout'), {
    lists: { places: 0.99, committees: 0.88, persons: 0.98, figures: 0.88, dates: 1 },
    attrs: { 'place.level': 1, 'place.parent': 1, 'place.code': 1, 'committee.kind': 0.945, 'committee.region': 1, 'person.roles': 0.745, 'person.org': 0.8, 'person.cppccMember': 0.885 },
    top3: 0.7,
    topicSet: 0.7,
  }],
]
const PD_PERSON_FLOOR = 0.87

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

  it.runIf(floors.top3 !== undefined)('topics: top-3 tags are gold tags at or above the floor', () => {
    expect(s.topics.top3In / s.topics.top3).toBeGreaterThanOrEqual(floors.top3!)
  })

  it.runIf(floors.topicSet !== undefined)('topics: the set of assigned tags has F1 at or above its floor', () => {
    const x = prf(s.topics.set)
    expect(x.f1, s.misses.filter((m) => m.includes(' topics\n')).join('\n')).toBeGreaterThanOrEqual(floors.topicSet!)
  })
})

describe("acceptance: person names on People's Daily NER (general news)", () => {
  it.runIf(hasPdNer())('span F1 is at or above its floor', () => {
    const s = prf(pdPersonScore((t) => analyzer.analyze(t)))
    expect(s.f1).toBeGreaterThanOrEqual(PD_PERSON_FLOOR)
  })
})
