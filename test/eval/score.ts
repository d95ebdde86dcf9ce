import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AnalysisResult } from '../../src/index.js'

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures')
export const PD_NER = join(import.meta.dirname, '..', '..', '..', 'shared', 'bench', 'peoples-daily-ner.dev.bio')

type GoldFigure = { text: string; value: number; unit: string | null; approx: string | null }
export type Gold = {
  places: Array<{ name: string; level: string; parent: string | null }>
  committees: Array<{ name: string; kind: string }>
  persons: Array<{ name: string; roles: string[]; org: string | null; cppccMember: boolean }>
  figures: GoldFigure[]
  dates: Array<{ text: string; iso: string }>
  topics: string[]
}

export type Count = { tp: number; fp: number; fn: number }
export const LISTS = ['places', 'committees', 'persons', 'figures', 'dates'] as const
export type ListName = (typeof LISTS)[number]

/** The sample pages with their gold, from test/fixtures. */
export function fixtures(): Array<{ id: string; text: string; gold: Gold }> {
  return readdirSync(join(FIXTURES, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(FIXTURES, 'articles', f), 'utf8'), gold: JSON.parse(readFileSync(join(FIXTURES, 'gold', f.replace(/\.txt$/, '.json')), 'utf8')) as Gold }))
}

const figureKey = (f: { value: number; unit: string | null; approx: string | null }) => `${f.value}|${f.unit ?? ''}|${f.approx ?? ''}`

/** Keys each list is matched on: names for entities, value+unit+approx for figures, ISO for dates. */
export function keys(r: AnalysisResult | Gold, list: ListName): Set<string> {
  switch (list) {
    case 'places': return new Set(r.places.map((p) => p.name))
    case 'committees': return new Set(r.committees.map((c) => c.name))
    case 'persons': return new Set(r.persons.map((p) => p.name))
    case 'figures': return new Set((r.figures as GoldFigure[]).map(figureKey))
    case 'dates': return new Set(r.dates.map((d) => d.iso))
  }
}

export function compare(pred: Set<string>, gold: Set<string>): Count & { missed: string[]; extra: string[] } {
  const missed = [...gold].filter((g) => !pred.has(g))
  const extra = [...pred].filter((p) => !gold.has(p))
  return { tp: gold.size - missed.length, fp: extra.length, fn: missed.length, missed, extra }
}

export function prf(c: Count): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 }
}

/** Share of matched persons whose cppccMember agrees with gold. */
export function memberAgreement(r: AnalysisResult, g: Gold): { agree: number; matched: number } {
  const gold = new Map(g.persons.map((p) => [p.name, p.cppccMember]))
  let agree = 0
  let matched = 0
  for (const p of r.persons) {
    if (!gold.has(p.name)) continue
    matched++
    if (gold.get(p.name) === p.cppccMember) agree++
  }
  return { agree, matched }
}

/** Topics: of the top 3 assigned, how many are gold; and whether the first gold tag is assigned. */
export function topicScore(r: AnalysisResult, g: Gold): { top3InGold: number; top3: number; firstGoldAssigned: boolean } {
  const top = r.topics.slice(0, 3).map((t) => t.id)
  return { top3InGold: top.filter((t) => g.topics.includes(t)).length, top3: top.length, firstGoldAssigned: r.topics.some((t) => t.id === g.topics[0]) }
}

/** People's Daily NER (BIO, one character per line): sentences with their PER spans. */
export function readBio(path: string): Array<{ text: string; persons: Array<[number, number]> }> {
  const out: Array<{ text: string; persons: Array<[number, number]> }> = []
  let chars: string[] = []
  let persons: Array<[number, number]> = []
  let open = -1
  const close = (at: number) => { if (open >= 0) persons.push([open, at]); open = -1 }
  const flush = () => { close(chars.length); if (chars.length) out.push({ text: chars.join(''), persons }); chars = []; persons = [] }
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') { flush(); continue }
    const [ch, tag = 'O'] = line.split(/\s+/)
    if (tag === 'B-PER') { close(chars.length); open = chars.length } else if (tag !== 'I-PER') close(chars.length)
    chars.push(ch!)
  }
  flush()
  return out
}

export const hasPdNer = () => existsSync(PD_NER)

/**
 * Person-name span F1 on People's Daily: sentences are analysed in batches joined by newlines; a
 * predicted person mention counts when its offsets equal a gold PER span.
 */
export function pdPersonScore(analyzeText: (t: string) => AnalysisResult, limit = Infinity): Count {
  const sents = readBio(PD_NER).slice(0, limit)
  const c: Count = { tp: 0, fp: 0, fn: 0 }
  for (let i = 0; i < sents.length; i += 40) {
    const batch = sents.slice(i, i + 40)
    const gold = new Set<string>()
    let at = 0
    for (const s of batch) { for (const [a, b] of s.persons) gold.add(`${at + a}:${at + b}`); at += s.text.length + 1 }
    const r = analyzeText(batch.map((s) => s.text).join('\n'))
    const pred = new Set(r.persons.flatMap((p) => p.mentions.map((m) => `${m.start}:${m.end}`)))
    const cmp = compare(pred, gold)
    c.tp += cmp.tp; c.fp += cmp.fp; c.fn += cmp.fn
  }
  return c
}
