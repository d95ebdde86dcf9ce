import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { RESOURCES } from '../src/analyzer.js'
import { orderStages, runStages } from '../src/pipeline/pipeline.js'
import { STAGES } from '../src/pipeline/stages.js'
import { createAnalyzer, type AnalysisResult, type Span } from '../src/index.js'

/** The analyzer of the tests: made once per test worker (vitest.config.ts shares modules between files). */
export const analyzer = createAnalyzer()
/** Its resources, for tests of the library's parts. */
export const resources = analyzer[RESOURCES]
/** The same analyzer reporting sentences and tokens. */
export const withTokens = analyzer.with({ tokens: true })

export const page = (id: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'articles', `${id}.txt`), 'utf8')
export const PAGES = { p000: '000_40cdcc925d90f28a', p001: '001_b27ce5d9fa878942', p002: '002_b16ba072706f63ba', p003: '003_cb71060c199d382c', p004: '004_d1174dd47a3f2959' }

const cache = new Map<string, AnalysisResult>()
/** The analysis of a sample page (computed once per worker). */
export function analyzed(id: string): AnalysisResult {
  let r = cache.get(id)
  if (!r) { r = analyzer.analyze(page(id)); cache.set(id, r) }
  return r
}

/** Every span of a result, with where it came from. */
export function allSpans(r: AnalysisResult): Array<[string, Span | { start: number; end: number; text: string }]> {
  const out: Array<[string, Span | { start: number; end: number; text: string }]> = []
  for (const p of r.places) for (const m of p.mentions) out.push(['place', m])
  for (const c of r.committees) for (const m of c.mentions) out.push(['committee', m])
  for (const p of r.persons) for (const m of p.mentions) out.push(['person', m])
  for (const f of r.figures) out.push(['figure', f.span])
  for (const d of r.dates) out.push(['date', d.span])
  for (const s of r.statements) out.push(['statement', s.span])
  for (const w of r.warnings) if (w.span) out.push(['warning', w.span])
  for (const t of r.tokens ?? []) out.push(['token', t])
  for (const s of r.sentences ?? []) out.push(['sentence', s])
  return out
}

const committeeStages = orderStages(STAGES).slice(0, orderStages(STAGES).findIndex((s) => s.name === 'committees') + 1)
/**
 * The bodies the committees stage finds in a text, one per entity, whether listed among the committees or
 * not: enterprises are found (a person's org names them) but not listed (src/committees/stage.ts, isEnterprise).
 */
export function foundBodies(text: string): Array<{ name: string; kind: string; region: string | null }> {
  const { artifacts } = runStages(committeeStages, text, analyzer.options, resources)
  const seen = new Map<string, { name: string; kind: string; region: string | null }>()
  for (const m of artifacts.bodyMentions ?? []) if (!seen.has(m.name)) seen.set(m.name, { name: m.name, kind: m.kind, region: m.region })
  return [...seen.values()]
}

/** Expects `text` to give the township `name` under `parent`, every mention slicing the text to its own text. */
export function expectTownship(text: string, name: string, parent: string): void {
  const p = analyzer.analyze(text).places.find((x) => x.name === name)
  expect(p?.level).toBe('township')
  expect(p?.parent).toBe(parent)
  expect(p?.mentions.every((m) => text.slice(m.start, m.end) === m.text)).toBe(true)
}
