import { describe, expect, it } from 'vitest'
import { analyzer } from './helpers.js'
import { compare, fixtures, hasPdNer, keys, LISTS, memberAgreement, pdPersonScore, prf, topicScore, type Count } from './eval/score.js'

/**
 * Floors per list against the hand-made gold of the five sample pages (test/fixtures/gold). Raise a
 * floor when the library beats it; never lower one to pass.
 */
const FLOORS: Record<(typeof LISTS)[number], number> = { places: 0.97, committees: 0.96, persons: 0.975, figures: 0.98, dates: 1 }
const MEMBER_FLOOR = 1
const TOP3_FLOOR = 0.8
const PD_PERSON_FLOOR = 0.8

const pages = fixtures().map((f) => ({ ...f, result: analyzer.analyze(f.text) }))

describe('acceptance: the sample pages against their gold', () => {
  it.each(LISTS)('%s F1 is at or above its floor', (list) => {
    const c: Count = { tp: 0, fp: 0, fn: 0 }
    const misses: string[] = []
    for (const p of pages) {
      const x = compare(keys(p.result, list), keys(p.gold, list))
      c.tp += x.tp; c.fp += x.fp; c.fn += x.fn
      if (x.missed.length || x.extra.length) misses.push(`${p.id}: missed ${x.missed.join(' ')} | extra ${x.extra.join(' ')}`)
    }
    const s = prf(c)
    console.log(`${list.padEnd(11)} P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)}`)
    expect(s.f1, misses.join('\n')).toBeGreaterThanOrEqual(FLOORS[list])
  })

  it('cppccMember is right for matched persons', () => {
    let agree = 0
    let matched = 0
    for (const p of pages) { const m = memberAgreement(p.result, p.gold); agree += m.agree; matched += m.matched }
    console.log(`cppccMember agreement ${(agree / matched).toFixed(3)} (${agree}/${matched})`)
    expect(agree / matched).toBeGreaterThanOrEqual(MEMBER_FLOOR)
  })

  it('topics: top-3 tags are gold tags and each page gets its first gold tag', () => {
    let top = 0
    let inGold = 0
    for (const p of pages) {
      const t = topicScore(p.result, p.gold)
      top += t.top3; inGold += t.top3InGold
      expect(t.firstGoldAssigned, `${p.id}: ${p.result.topics.map((x) => x.id).join(' ')}`).toBe(true)
    }
    expect(inGold / top).toBeGreaterThanOrEqual(TOP3_FLOOR)
  })

  it.runIf(hasPdNer())("person names on People's Daily NER (general news), span F1", () => {
    const s = prf(pdPersonScore((t) => analyzer.analyze(t)))
    console.log(`People's Daily person spans P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)}`)
    expect(s.f1).toBeGreaterThanOrEqual(PD_PERSON_FLOOR)
  }, 120_000)
})
