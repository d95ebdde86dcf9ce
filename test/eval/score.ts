import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AnalysisResult } from '../../src/index.js'

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures')
export const PD_NER = join(import.meta.dirname, '..', '..', '..', 'shared', 'bench', 'peoples-daily-ner.dev.bio')

type GoldFigure = { text: string; value: number; unit: string | null; approx: string | null }
export type Gold = {
  places: Array<{ name: string; level: string; parent: string | null }>
  committees: Array<{ name: string; kind: string; region?: string | null }>
  persons: Array<{ name: string; roles: string[]; org: string | null; cppccMember: boolean }>
  figures: GoldFigure[]
  dates: Array<{ text: string; iso: string | null }>
  topics: string[]
}
export type Fixture = { id: string; text: string; gold: Gold; split: 'dev' | 'holdout' }

export type Count = { tp: number; fp: number; fn: number }

/** The page number a fixture's id starts with, of any length (`1000_slug` → 1000; `002_b16b…` → 2). */
export const pageNumber = (id: string): number => Number(/^\d+/.exec(id)?.[0] ?? Number.NaN)
/** Fixture file names in page order (999 before 1000), by name where the numbers tie. */
export const byPage = (a: string, b: string): number => pageNumber(a) - pageNumber(b) || (a < b ? -1 : a > b ? 1 : 0)
/** Whether a fixture id's page number lies in `range` (both ends included); every page where there is none. */
export const inPages = (id: string, range: readonly [number, number] | null): boolean =>
  !range || (pageNumber(id) >= range[0] && pageNumber(id) <= range[1])
export const LISTS = ['places', 'committees', 'persons', 'figures', 'dates'] as const
export type ListName = (typeof LISTS)[number]

/**
 * The texts of a fixture folder with their gold: `articles` + `gold` (the five sample pages), or a
 * folder of NNN_slug.txt + NNN_slug.json with a SOURCES.tsv that gives each file's split.
 */
export function fixtures(set: 'sample' | 'dev-pages' | 'en' = 'sample'): Fixture[] {
  if (set === 'sample') {
    return readdirSync(join(FIXTURES, 'articles')).filter((f) => f.endsWith('.txt')).sort(byPage).map((f) => ({
      id: f.replace(/\.txt$/, ''), split: 'dev' as const,
      text: readFileSync(join(FIXTURES, 'articles', f), 'utf8'),
      gold: JSON.parse(readFileSync(join(FIXTURES, 'gold', f.replace(/\.txt$/, '.json')), 'utf8')) as Gold,
    }))
  }
  const dir = join(FIXTURES, set)
  if (!existsSync(join(dir, 'SOURCES.tsv'))) return []
  const split = new Map(readFileSync(join(dir, 'SOURCES.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => { const c = l.split('\t'); return [c[0]!, c[5] === 'holdout' ? 'holdout' as const : 'dev' as const] }))
  return readdirSync(dir).filter((f) => f.endsWith('.txt') && existsSync(join(dir, f.replace(/\.txt$/, '.json')))).sort(byPage).map((f) => ({
    id: f.replace(/\.txt$/, ''), split: split.get(f) ?? 'dev',
    text: readFileSync(join(dir, f), 'utf8'),
    gold: JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.json')), 'utf8')) as Gold,
  }))
}

const figureKey = (f: { value: number; unit: string | null; approx: string | null }) => `${f.value}|${f.unit ?? ''}|${f.approx ?? ''}`

/** Keys each list is matched on: names for entities, value+unit+approx for figures, ISO for dates. */
export function keys(r: AnalysisResult | Gold, list: ListName): Set<string> {
  switch (list) {
    case 'places': return new Set(r.places.map((p) => p.name))
    case 'committees': return new Set(r.committees.map((c) => c.name))
    case 'persons': return new Set(r.persons.map((p) => p.name))
    case 'figures': return new Set((r.figures as GoldFigure[]).map(figureKey))
    case 'dates': return new Set(r.dates.map((d) => d.iso).filter((x): x is string => x !== null))
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

/** Attributes compared on entities matched by name. */
export const ATTRIBUTES = ['place.level', 'place.parent', 'place.code', 'committee.kind', 'committee.region', 'person.roles', 'person.org', 'person.cppccMember'] as const
export type Attribute = (typeof ATTRIBUTES)[number]
export type Agreement = Record<Attribute, { agree: number; matched: number; wrong: string[] }>

export const emptyAgreement = (): Agreement => Object.fromEntries(ATTRIBUTES.map((a) => [a, { agree: 0, matched: 0, wrong: [] }])) as unknown as Agreement

/**
 * The official code of each division by name and parent, from data/divisions.tsv: independent of the
 * code that resolves places, it is the truth for `code`, which the hand-made gold does not write.
 */
export function divisionCodes(): (name: string, parent: string | null) => string | undefined {
  const rows = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'divisions.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).slice(1).map((l) => l.split('\t'))
  const nameOf = new Map(rows.filter((r) => r[0]).map((r) => [r[0]!, r[1]!]))
  const codes = new Map<string, string>()
  for (const [code = '', name = '', , parent = ''] of rows) codes.set(`${name}|${nameOf.get(parent) ?? ''}`, code)
  return (name, parent) => codes.get(`${name}|${parent ?? ''}`)
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x))

/**
 * Adds to `agg` the attribute agreement of `r` with `g` on the entities both name; a disagreement is
 * listed as `predicted≠gold`, after the page's id when one is given.
 */
export function agreement(r: AnalysisResult, g: Gold, agg: Agreement, codeOf: ReturnType<typeof divisionCodes>, id = ''): void {
  const at = id ? `${/^\d+/.exec(id)?.[0] ?? id} ` : ''
  const add = (a: Attribute, ok: boolean, what: string) => { agg[a].matched++; if (ok) agg[a].agree++; else if (agg[a].wrong.length < 400) agg[a].wrong.push(at + what) }
  const gp = new Map(g.places.map((p) => [p.name, p]))
  for (const p of r.places) {
    const x = gp.get(p.name)
    if (!x) continue
    add('place.level', p.level === x.level, `${p.name} ${p.level}≠${x.level}`)
    add('place.parent', p.parent === x.parent, `${p.name} ${p.parent}≠${x.parent}`)
    const code = codeOf(x.name, x.parent)
    // A row without a code (a division set up after the data, or one that ended: data/former-divisions.tsv) has code null.
    if (code !== undefined) add('place.code', p.code === (code || null), `${p.name} ${p.code}≠${code}`)
  }
  const gc = new Map(g.committees.map((c) => [c.name, c]))
  for (const c of r.committees) {
    const x = gc.get(c.name)
    if (!x) continue
    add('committee.kind', c.kind === x.kind, `${c.name} ${c.kind}≠${x.kind}`)
    if (x.region !== undefined) add('committee.region', c.region === x.region, `${c.name} ${c.region}≠${x.region}`)
  }
  const gq = new Map(g.persons.map((p) => [p.name, p]))
  for (const p of r.persons) {
    const x = gq.get(p.name)
    if (!x) continue
    add('person.roles', sameSet(p.roles, x.roles), `${p.name} [${p.roles.join(',')}]≠[${x.roles.join(',')}]`)
    add('person.org', p.org === x.org, `${p.name} ${p.org}≠${x.org}`)
    add('person.cppccMember', p.cppccMember === x.cppccMember, `${p.name} ${p.cppccMember}≠${x.cppccMember}`)
  }
}

/** Topics: of the top 3 assigned, how many are gold; and whether the first gold tag is assigned. */
export function topicScore(r: AnalysisResult, g: Gold): { top3InGold: number; top3: number; firstGoldAssigned: boolean } {
  const top = r.topics.slice(0, 3).map((t) => t.id)
  return { top3InGold: top.filter((t) => g.topics.includes(t)).length, top3: top.length, firstGoldAssigned: g.topics.length === 0 || r.topics.some((t) => t.id === g.topics[0]) }
}

/** Topic set: the assigned tags against the gold tags of one page, as counts (micro-averaged over pages by the caller). */
export function topicSetCount(r: AnalysisResult, g: Gold): Count & { missed: string[]; extra: string[] } {
  return compare(new Set(r.topics.map((t) => t.id)), new Set(g.topics))
}

/** Scores of a set of fixtures: counts per list, attribute agreement, topics, and what was missed. */
export function scoreSet(fx: readonly Fixture[], analyze: (t: string) => AnalysisResult, codeOf = divisionCodes()) {
  const lists = Object.fromEntries(LISTS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<ListName, Count>
  const attrs = emptyAgreement()
  const misses: string[] = []
  let top3 = 0
  let top3In = 0
  let firstOk = 0
  const topicSet: Count = { tp: 0, fp: 0, fn: 0 }
  let assigned = 0
  let gold = 0
  for (const f of fx) {
    const r = analyze(f.text)
    for (const l of LISTS) {
      const c = compare(keys(r, l), keys(f.gold, l))
      lists[l].tp += c.tp; lists[l].fp += c.fp; lists[l].fn += c.fn
      if (c.missed.length || c.extra.length) misses.push(`${f.id} ${l}\n  missed: ${c.missed.join(' ')}\n  extra:  ${c.extra.join(' ')}`)
    }
    agreement(r, f.gold, attrs, codeOf, f.id)
    const t = topicScore(r, f.gold)
    top3 += t.top3; top3In += t.top3InGold; firstOk += t.firstGoldAssigned ? 1 : 0
    const ts = topicSetCount(r, f.gold)
    topicSet.tp += ts.tp; topicSet.fp += ts.fp; topicSet.fn += ts.fn
    assigned += r.topics.length; gold += f.gold.topics.length
    if (ts.missed.length || ts.extra.length) misses.push(`${f.id} topics\n  missed: ${ts.missed.join(' ')}\n  extra:  ${ts.extra.join(' ')}`)
  }
  return { lists, attrs, misses, topics: { top3, top3In, firstOk, pages: fx.length, set: topicSet, assigned, gold } }
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
